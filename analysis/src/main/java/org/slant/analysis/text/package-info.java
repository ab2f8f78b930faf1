/**
 * Text features next to the framing features: word and n-gram counts chosen by a
 * {@link org.slant.analysis.text.TextFeatureConfig}, fitted into a {@link org.slant.analysis.text.TextVectorizer}
 * that turns {@link org.slant.analysis.text.TextDoc}s into feature-table rows.
 */
package org.slant.analysis.text;
