/**
 * Slant on Apache Spark: {@link org.slant.spark.SlantSparkJob} runs ingest, feature extraction and the
 * per-outlet statistics that decompose (counts, sums, means, rates) over corpora too big for one machine,
 * configured by a {@link org.slant.spark.JobConfig}. Spark itself is provided by the cluster.
 */
package org.slant.spark;
