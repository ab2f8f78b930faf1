package org.slant.ingest.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.ingest.RemovalReason;

class ClassNamesTest {
    @Test
    void namesAreSplitOnPunctuationAndCamelCase() {
        assertEquals(List.of("related", "stories", "box"), ClassNames.tokens("relatedStories-box"));
        assertEquals(List.of("c", "byline", "link"), ClassNames.tokens("c-byline__link"));
    }

    @Test
    void boilerplateNamesSayWhy() {
        assertEquals(RemovalReason.RELATED, ClassNames.boilerplate("relatedStories", ""));
        assertEquals(RemovalReason.SOCIAL, ClassNames.boilerplate("share-tools", null));
        assertEquals(RemovalReason.COMMENTS, ClassNames.boilerplate("", "comments"));
        assertEquals(RemovalReason.METADATA, ClassNames.boilerplate("article-byline", ""));
        assertEquals(RemovalReason.WIDGET, ClassNames.boilerplate("post-ratings", ""));
        assertEquals(RemovalReason.WIDGET, ClassNames.boilerplate("affiliate-text", ""));
        assertEquals(RemovalReason.NAVIGATION, ClassNames.boilerplate("no_bullets", "toc_container"));
        assertEquals(RemovalReason.FOOTER, ClassNames.boilerplate("license-area", ""));
    }

    @Test
    void wordsThatMerelyStartLikeBoilerplateAreNotBoilerplate() {
        assertNull(ClassNames.boilerplate("commentary", ""));
        assertNull(ClassNames.boilerplate("shared-content", ""));
        assertNull(ClassNames.boilerplate("headline", ""));
    }

    @Test
    void layoutWrappersNamedAfterTheSidebarAreKept() {
        assertNull(ClassNames.boilerplate("content-with-sidebar-wrp", ""));
        assertEquals(RemovalReason.BOILERPLATE, ClassNames.boilerplate("left-sidebar", ""));
        assertEquals(RemovalReason.COMMENTS, ClassNames.boilerplate("comment-content", ""));
    }
}
