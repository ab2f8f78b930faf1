/**
 * HTML pages into articles: {@link org.slant.ingest.html.HtmlExtractor} is the front door, configured by
 * {@link org.slant.ingest.html.HtmlOptions}; the algorithm lives in {@code org.slant.ingest.internal.html}.
 */
package org.slant.ingest.html;
