/**
 * Word-level bias models trained with Weka through Slant's classifier adapter: the training table (one
 * row per word of each labelled sentence), the trainer with its grouped cross-validation and threshold
 * choice, and {@link org.slant.cli.words.WekaWordModel}, a {@link org.slant.features.lexicon.WordModel}
 * that the word scorer can use in place of the heuristic.
 */
package org.slant.cli.words;
