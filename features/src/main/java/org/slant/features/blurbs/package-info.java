/**
 * Editorial blurbs: outlet-written boxes attached to an article that are not reporting (donation and
 * subscription appeals, mission statements, dossier boxes, promos, disclaimers, editor's notes).
 * {@link org.slant.features.blurbs.BlurbDetector} finds them among an article's blocks, with or without
 * the ingest parser's {@link org.slant.ingest.BlockKind#BLURB} marks; {@link org.slant.features.blurbs.BlurbsExtractor}
 * turns them into features with evidence.
 */
package org.slant.features.blurbs;
