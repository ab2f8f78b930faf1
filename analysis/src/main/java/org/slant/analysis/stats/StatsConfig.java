package org.slant.analysis.stats;

/**
 * Settings of {@link OutletStatistics}. Validated; round-trips through Jackson.
 *
 * @param seed seed of the bootstrap resampling
 * @param bootstrapResamples resamples for bootstrap intervals, at least 100
 * @param confidence interval coverage in (0, 1), e.g. 0.95
 * @param minArticles outlets with fewer articles (non-missing values) than this get a summary but take no
 *     part in the tests; at least 2
 */
public record StatsConfig(long seed, int bootstrapResamples, double confidence, int minArticles) {
    public StatsConfig {
        if (bootstrapResamples < 100) {
            throw new IllegalArgumentException("bootstrapResamples must be at least 100: " + bootstrapResamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        if (minArticles < 2) {
            throw new IllegalArgumentException("minArticles must be at least 2: " + minArticles);
        }
    }

    /** Seed 42, 2,000 resamples, 95 %, outlets need 2 articles to be tested. */
    public static StatsConfig defaults() {
        return new StatsConfig(42L, 2000, 0.95, 2);
    }
}
