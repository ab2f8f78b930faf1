package org.slant.cli.batch;

/**
 * What goes into a run's report and how much of it is kept.
 *
 * @param title the report's title
 * @param maxStories most multi-outlet stories shown side by side (those with most outlets first); at least 0
 * @param storyBatch most articles clustered into stories at once, taken in publication-date order; stories are
 *     not joined across batches. The clusterer keeps two n × n float matrices (8 MB at 1,000 articles, 200 MB
 *     at 5,000); 2 to 20,000
 * @param leadSentences body sentences kept per article for story clustering; at least 1
 * @param distinctiveWords distinctive words listed per outlet; at least 0
 * @param priorSize the pseudo-count size of the distinctive-words prior; greater than 0
 * @param folds cross-validation folds of the classifier (grouped by outlet); at least 2
 * @param minLabelled fewest labelled articles (with two classes or more) for a classifier to be evaluated
 * @param maxOutlets outlets shown in the report's per-outlet sections (feature comparison, distinctive words,
 *     sourcing, stances, naming, blurbs): those with the most articles. The files under {@code stats/} keep
 *     every outlet. At least 1
 * @param maxLabelled most labelled articles the classifier is evaluated and trained on: beyond it, a sample of
 *     this many drawn with the run's seed, so that the classifier's memory (Weka holds its training rows, about
 *     1 KB each) stops growing with the corpus; at least {@code minLabelled}
 */
public record ReportSettings(String title, int maxStories, int storyBatch, int leadSentences, int distinctiveWords,
        double priorSize, int folds, int minLabelled, int maxOutlets, int maxLabelled) {

    /**
     * Validates every setting; a blank title becomes "Slant report".
     *
     * @param title the report's title
     * @param maxStories most multi-outlet stories shown side by side (those with most outlets first); at least 0
     * @param storyBatch most articles clustered into stories at once, taken in publication-date order; stories are not joined across batches. The clusterer keeps two n × n float matrices (8 MB at 1,000 articles, 200 MB at 5,000); 2 to 20,000
     * @param leadSentences body sentences kept per article for story clustering; at least 1
     * @param distinctiveWords distinctive words listed per outlet; at least 0
     * @param priorSize the pseudo-count size of the distinctive-words prior; greater than 0
     * @param folds cross-validation folds of the classifier (grouped by outlet); at least 2
     * @param minLabelled fewest labelled articles (with two classes or more) for a classifier to be evaluated
     * @param maxOutlets outlets shown in the report's per-outlet sections (feature comparison, distinctive words, sourcing, stances, naming, blurbs): those with the most articles. The files under {@code stats/} keep every outlet. At least 1
     * @param maxLabelled most labelled articles the classifier is evaluated and trained on, a seeded sample beyond it; at least {@code minLabelled}
     */
    public ReportSettings {
        title = title == null || title.isBlank() ? "Slant report" : title;
        if (maxStories < 0) {
            throw new IllegalArgumentException("report.maxStories must be at least 0, was " + maxStories);
        }
        if (storyBatch < 2 || storyBatch > 20_000) {
            throw new IllegalArgumentException("report.storyBatch must be 2 to 20000, was " + storyBatch);
        }
        if (leadSentences < 1) {
            throw new IllegalArgumentException("report.leadSentences must be at least 1, was " + leadSentences);
        }
        if (distinctiveWords < 0) {
            throw new IllegalArgumentException("report.distinctiveWords must be at least 0, was " + distinctiveWords);
        }
        if (!(priorSize > 0) || Double.isInfinite(priorSize)) {
            throw new IllegalArgumentException("report.priorSize must be a positive number, was " + priorSize);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("report.folds must be at least 2, was " + folds);
        }
        if (minLabelled < 2) {
            throw new IllegalArgumentException("report.minLabelled must be at least 2, was " + minLabelled);
        }
        if (maxOutlets < 1) {
            throw new IllegalArgumentException("report.maxOutlets must be at least 1, was " + maxOutlets);
        }
        if (maxLabelled < minLabelled) {
            throw new IllegalArgumentException("report.maxLabelled must be at least report.minLabelled (" + minLabelled
                    + "), was " + maxLabelled);
        }
    }

    /**
     * The defaults.
     *
     * @return 100 stories, batches of 1,000, 12 lead sentences, 25 distinctive words, prior 1,000, 5 folds,
     *     20 labelled articles, 40 outlets shown, a classifier on at most 50,000 labelled articles
     */
    public static ReportSettings defaults() {
        return new ReportSettings("Slant report", 100, 1000, 12, 25, 1000.0, 5, 20, 40, 50_000);
    }
}
