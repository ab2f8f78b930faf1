/**
 * Sourcing's implementation: the cue lexicon and word lists, the rule-based attribution finder over a
 * {@link org.slant.features.text.TextLayer}, speaker resolution and merging, credit detection and the
 * feature computation. Not API: may change without notice.
 */
package org.slant.features.sourcing.internal;
