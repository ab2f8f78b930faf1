/**
 * Ingest's public API: the {@link org.slant.ingest.Article} model, {@link org.slant.ingest.ArticleSource}
 * streams of articles and rejections, and the {@link org.slant.ingest.Ingest} front door.
 */
package org.slant.ingest;
