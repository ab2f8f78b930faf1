/**
 * Slant's reports: {@link org.slant.report.ReportData} is what a report shows, as validated records;
 * {@link org.slant.report.Reports} renders it as a self-contained HTML site and as versioned JSON,
 * and reads the JSON back. Every value from the data is escaped for its HTML context, and only
 * http(s) URLs become links.
 */
package org.slant.report;
