package org.slant.analysis.stats;

/**
 * Settings of {@link OutletStatistics}. Validated; round-trips through Jackson.
 *
 * @param seed seed of the bootstrap resampling
 * @param bootstrapResamples resamples for bootstrap intervals, at least 100
 * @param confidence interval coverage in (0, 1), e.g. 0.95
 * @param minArticles outlets with fewer articles (non-missing values) than this get a summary but take no
 *     part in the tests; at least 2
 * @param pairwiseOutlets pairwise Mann–Whitney tests run among this many tested outlets, the ones with the
 *     most values (ties by name): with hundreds of outlets every pair would be tens of thousands of tests per
 *     feature that nobody reads, and the Kruskal–Wallis test already covers every outlet. At least 2; 0 (or
 *     absent from JSON) means the default, {@value #DEFAULT_PAIRWISE_OUTLETS}
 */
public record StatsConfig(long seed, int bootstrapResamples, double confidence, int minArticles, int pairwiseOutlets) {
    /** Outlets in the pairwise tests unless configured otherwise. */
    public static final int DEFAULT_PAIRWISE_OUTLETS = 30;

    /**
     * Validates the settings; a {@code pairwiseOutlets} of 0 becomes {@link #DEFAULT_PAIRWISE_OUTLETS}.
     *
     * @param seed seed of the bootstrap resampling
     * @param bootstrapResamples resamples for bootstrap intervals, at least 100
     * @param confidence interval coverage, in (0, 1)
     * @param minArticles values an outlet needs to be tested, at least 2
     * @param pairwiseOutlets outlets in pairwise tests, at least 2, or 0 for the default
     * @throws IllegalArgumentException if a value is outside its range
     */
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
        if (pairwiseOutlets == 0) {
            pairwiseOutlets = DEFAULT_PAIRWISE_OUTLETS;
        }
        if (pairwiseOutlets < 2) {
            throw new IllegalArgumentException("pairwiseOutlets must be at least 2 (or 0 for the default "
                    + DEFAULT_PAIRWISE_OUTLETS + "): " + pairwiseOutlets);
        }
    }

    /**
     * Creates settings with {@link #DEFAULT_PAIRWISE_OUTLETS} outlets in pairwise tests.
     *
     * @param seed seed of the bootstrap resampling
     * @param bootstrapResamples resamples for bootstrap intervals, at least 100
     * @param confidence interval coverage, in (0, 1)
     * @param minArticles values an outlet needs to be tested, at least 2
     * @throws IllegalArgumentException if a value is outside its range
     */
    public StatsConfig(long seed, int bootstrapResamples, double confidence, int minArticles) {
        this(seed, bootstrapResamples, confidence, minArticles, DEFAULT_PAIRWISE_OUTLETS);
    }

    /**
     * Gives the defaults: seed 42, 2,000 resamples, 95 %, outlets need 2 articles to be tested, pairwise
     * tests among 30 outlets.
     *
     * @return the default settings
     */
    public static StatsConfig defaults() {
        return new StatsConfig(42L, 2000, 0.95, 2, DEFAULT_PAIRWISE_OUTLETS);
    }
}
