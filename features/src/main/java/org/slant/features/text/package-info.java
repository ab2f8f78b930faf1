/**
 * The shared text layer: {@link org.slant.features.text.TextLayer} splits an article's text once into
 * blocks, sentences, tokens and quotation spans, all as character offsets into the text, for every
 * extractor to reuse. Hand-written character loops: linear time, no regular expressions.
 */
package org.slant.features.text;
