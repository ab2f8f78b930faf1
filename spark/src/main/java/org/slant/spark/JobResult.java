package org.slant.spark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of {@link SlantSparkJob} read and wrote.
 *
 * @param read input records seen (articles plus rejections)
 * @param articles records that became articles with features
 * @param rejected records rejected, by ingest or because feature extraction failed
 * @param rejectedByReason rejections per reason (the {@code RejectReason} name), sorted by reason
 * @param outlets number of distinct outlets among the articles
 * @param features number of feature columns
 * @param output the output directory
 * @param seconds wall time of the run
 */
public record JobResult(long read, long articles, long rejected, Map<String, Long> rejectedByReason, long outlets,
        int features, String output, double seconds) {
    public JobResult {
        rejectedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(rejectedByReason));
    }
}
