/**
 * The batch pipeline behind {@code slant run}: ingest, features and tables in one streaming, parallel,
 * order-preserving pass, with its configuration and provenance.
 */
package org.slant.cli.batch;
