/**
 * JMH benchmarks, run with {@code java -jar benchmarks/target/benchmarks.jar [regex]}. Among them HTML
 * article extraction (Slant against readability4j and boilerpipe) over the AEB dev pages read from
 * {@code ../shared/data} at run time; see {@code BENCHMARKS.md}.
 */
package org.slant.benchmarks;
