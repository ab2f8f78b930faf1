package org.slant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field of every page-dump fixture against its reviewed expected record
 * ({@code dumps/<name>.expected.json}); any change in parsing shows up here as a diff.
 */
class ExpectedRecordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"almayadeen-trump-putin-budapest", "indiablooms-trump-putin-budapest",
        "wire-hardwrapped", "blog-comments", "tabloid-ads"})
    void dumpParsesToItsExpectedRecord(String name) {
        Article expected = ArticleJson.fromJson(Fixtures.text("dumps/" + name + ".expected.json"));
        Article actual = Fixtures.dump(name);
        assertEquals(expected, actual);
    }
}
