/**
 * JMH benchmarks: HTML article extraction (Slant against readability4j and boilerpipe) over the AEB
 * dev pages read from {@code ../shared/data} at run time. Run {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package org.slant.benchmarks;
