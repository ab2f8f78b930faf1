/**
 * HTML internals: charset detection, boilerplate removal, the body extractor and the metadata reader
 * behind {@link org.slant.ingest.html.HtmlExtractor}. Not API.
 */
package org.slant.ingest.internal.html;
