/** Implementation of blurb detection: cue phrases and per-block cue scoring. */
package org.slant.features.blurbs.internal;
