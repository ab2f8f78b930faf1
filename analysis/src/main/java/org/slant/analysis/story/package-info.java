/**
 * Same-story comparison: {@link org.slant.analysis.story.StoryClusterer} groups articles of one event
 * across outlets (TF-IDF cosine of headline and lead within a publication-date window), and
 * {@link org.slant.analysis.story.StoryComparator} aligns the articles of a story sentence by sentence:
 * what all outlets share, what only one has, who each quotes, which terms each alone uses.
 */
package org.slant.analysis.story;
