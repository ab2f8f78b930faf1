/** WARC internals: reads web archives (jwarc) and hands their HTML responses to the HTML extractor. Not API. */
package org.slant.ingest.internal.warc;
