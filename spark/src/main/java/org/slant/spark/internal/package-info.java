/**
 * The job's implementation: planning input files into work units, reading them through Slant's ingest on
 * executors, the row schemas, and the exact per-outlet aggregates. Not API.
 */
package org.slant.spark.internal;
