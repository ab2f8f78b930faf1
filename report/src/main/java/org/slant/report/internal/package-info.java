/**
 * Implementation of the reports: JSON codec, view models, SVG chart geometry, highlight runs and the
 * HTML writer that feeds the precompiled JTE templates (package {@code internal.jte}, generated from
 * {@code src/main/jte}). Not API.
 */
package org.slant.report.internal;
