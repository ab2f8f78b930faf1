/** Ingest internals: file dispatch, decoding, and the readers for each input format. Not API. */
package org.slant.ingest.internal;
