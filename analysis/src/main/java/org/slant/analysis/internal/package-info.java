/** Implementation of the analysis module: table formats, Weka glue, tokenization. Not API. */
package org.slant.analysis.internal;
