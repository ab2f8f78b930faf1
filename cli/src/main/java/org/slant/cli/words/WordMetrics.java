package org.slant.cli.words;

/**
 * Word- and sentence-level quality of word predictions. Word metrics count Slant's words (a word is
 * positive when it overlaps a marked span); sentence metrics are over the labels Biased / Non-biased.
 *
 * @param wordPrecision flagged words that are marked, over flagged words
 * @param wordRecall marked words that are flagged, over marked words
 * @param wordF1 harmonic mean of the two
 * @param sentenceAccuracy sentences whose label is right
 * @param sentenceMacroF1 mean F1 of the two sentence classes
 */
public record WordMetrics(double wordPrecision, double wordRecall, double wordF1, double sentenceAccuracy,
                          double sentenceMacroF1) {

    /**
     * Formats the metrics as {@code key=value} tokens with four decimals.
     *
     * @return one line
     */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "word_p=%.4f word_r=%.4f word_f1=%.4f sent_acc=%.4f sent_macro_f1=%.4f",
                wordPrecision, wordRecall, wordF1, sentenceAccuracy, sentenceMacroF1);
    }
}
