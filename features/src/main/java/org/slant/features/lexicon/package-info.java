/**
 * Loaded terms: a lexicon of categorised words and multi-word terms ({@link org.slant.features.lexicon.Lexicon}),
 * a fast whole-word matcher over it ({@link org.slant.features.lexicon.TermMatcher}), the context of each hit
 * (voice, negation, scare quotes), per-article features ({@link org.slant.features.lexicon.LoadedTermsExtractor})
 * and a word-level bias scorer ({@link org.slant.features.lexicon.WordScorer}) with a pluggable
 * {@link org.slant.features.lexicon.WordModel}.
 *
 * <p>All types are immutable and thread-safe unless stated otherwise; arguments are never null unless a
 * parameter says so.
 */
package org.slant.features.lexicon;
