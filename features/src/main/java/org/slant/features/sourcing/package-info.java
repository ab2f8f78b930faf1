/**
 * Sourcing: who speaks in an article, how, and in what share. {@link org.slant.features.sourcing.Sourcing}
 * finds {@link org.slant.features.sourcing.Attribution}s (content, cue and source offsets), merges source
 * mentions into {@link org.slant.features.sourcing.Speaker}s with an affiliation from an
 * {@link org.slant.features.sourcing.ActorRegistry} or from role words, and finds wire
 * {@link org.slant.features.sourcing.WireCredit}s; {@link org.slant.features.sourcing.SourcingExtractor}
 * turns that into per-article features with evidence spans.
 */
package org.slant.features.sourcing;
