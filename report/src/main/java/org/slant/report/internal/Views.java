package org.slant.report.internal;

import java.util.List;
import org.slant.report.ReportData;

/** What the templates print: data already sanitised, geometry computed, links checked. */
public final class Views {
    private Views() {
    }

    /** The index page. */
    public record Index(ReportData d, String css, String dateRange, List<Charts.BarChart> featureCharts,
                        Matrix featureMatrix, Charts.StackChart sourcingChart, List<Share> sourcingRows,
                        Charts.StackChart stanceChart, List<Share> stanceRows, List<Matrix> naming,
                        List<Words> words, List<StoryLink> stories, int storyCount, String storiesHref,
                        List<List<Integer>> confusionShade) {
    }

    /** A table with a header row and labelled rows. */
    public record Matrix(String title, List<String> columns, List<Row> rows) {
    }

    /** A labelled row of cells. */
    public record Row(String label, List<String> cells) {
    }

    /** A count with its share of the outlet's total. */
    public record Share(String outlet, String group, String item, long count, String share) {
    }

    /** Distinctive words of one outlet, with bar widths. */
    public record Words(String outlet, List<Word> terms) {
    }

    /** A distinctive word. */
    public record Word(String term, String z, String barWidth) {
    }

    /** A link to a story page. */
    public record StoryLink(String title, String href, String outlets, int articles) {
    }

    /** A page of the story list. */
    public record StoryList(String title, String css, int page, int pages, int start, long total, List<StoryLink> stories,
                            String prev, String next) {
    }

    /** A story page. */
    public record StoryPage(String reportTitle, String css, String title, String id, List<Article> articles,
                            List<Palette.Legend> affiliations, List<Palette.Legend> categories,
                            List<ExclusiveView> exclusive, String csvHref) {
    }

    /** One article in a story page. */
    public record Article(String outlet, String headline, String url, String published, List<String> tags, String summary,
                          List<BlockView> blocks) {
    }

    /** A block of text, cut into highlighted runs. */
    public record BlockView(String kind, boolean exclusive, List<Seg> segs) {
    }

    /** A run of text with its CSS classes (from a fixed set) and tooltip; either may be null. */
    public record Seg(String text, String cls, String title) {
    }

    /** A passage only one outlet carries. */
    public record ExclusiveView(String outlet, String text) {
    }
}
