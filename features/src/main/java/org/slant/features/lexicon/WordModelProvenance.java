package org.slant.features.lexicon;

/**
 * Where a trained word model came from, enough to retrain it.
 *
 * @param trainer the trainer's name, e.g. {@code "slant-logistic-sgd"}
 * @param options the trainer's options, seed included
 * @param dataSource the training data as named by the user (a path)
 * @param dataSha256 SHA-256 of the training data file; empty if not from a file
 * @param sentences training sentences
 * @param words training words
 * @param positives training words inside marked spans
 * @param lexiconEntries entries of the lexicon the features were computed with
 * @param jvm the JVM that trained it
 */
public record WordModelProvenance(String trainer, WordTrainerOptions options, String dataSource, String dataSha256,
                                  int sentences, int words, int positives, int lexiconEntries, String jvm) {
    /**
     * Validates the provenance; a null data source, digest or JVM becomes empty.
     *
     * @param trainer the trainer's name; not null
     * @param options the trainer's options; not null
     * @param dataSource the training data as named by the user, or null
     * @param dataSha256 SHA-256 of the training data file, or null
     * @param sentences training sentences
     * @param words training words
     * @param positives training words inside marked spans
     * @param lexiconEntries entries of the lexicon
     * @param jvm the JVM that trained it, or null
     * @throws IllegalArgumentException if {@code trainer} or {@code options} is null
     */
    public WordModelProvenance {
        if (trainer == null || options == null) {
            throw new IllegalArgumentException("trainer and options are required");
        }
        dataSource = dataSource == null ? "" : dataSource;
        dataSha256 = dataSha256 == null ? "" : dataSha256;
        jvm = jvm == null ? "" : jvm;
    }
}
