/**
 * Features' public API: {@link org.slant.features.FeatureExtractor}s that turn an
 * {@link org.slant.ingest.Article} (with its shared {@link org.slant.features.text.TextLayer}) into named
 * {@link org.slant.features.FeatureValue}s backed by {@link org.slant.features.Evidence} spans, and the
 * {@link org.slant.features.Features} front door that runs a registered set of them. Nothing here is null
 * unless a parameter's Javadoc says so.
 */
package org.slant.features;
