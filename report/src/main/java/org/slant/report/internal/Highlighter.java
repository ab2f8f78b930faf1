package org.slant.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.slant.ingest.Block;
import org.slant.ingest.BlockKind;
import org.slant.report.Highlight;
import org.slant.report.Story;
import org.slant.report.StoryArticle;

/**
 * Cuts an article's blocks into runs of text that carry the same set of highlights, so that
 * overlapping evidence renders as flat, well-nested markup. CSS classes come from a fixed set;
 * labels from the data appear only in titles and as text.
 */
final class Highlighter {
    private final Palette affiliations;
    private final Palette categories;

    Highlighter(Palette affiliations, Palette categories) {
        this.affiliations = affiliations;
        this.categories = categories;
    }

    List<Views.BlockView> blocks(StoryArticle a, List<Story.Exclusive> exclusive) {
        List<Block> blocks = a.blocks();
        if (blocks.isEmpty() && !a.text().isEmpty()) {
            blocks = List.of(new Block(BlockKind.PARAGRAPH, 0, a.text().length()));
        }
        List<Views.BlockView> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            boolean excl = exclusive.stream().anyMatch(e -> e.articleId().equals(a.articleId())
                    && e.start() < b.end() && e.end() > b.start());
            out.add(new Views.BlockView(b.kind().name().toLowerCase(Locale.ROOT), excl, segments(a, b)));
        }
        return out;
    }

    private List<Views.Seg> segments(StoryArticle a, Block b) {
        List<Highlight> inBlock = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(b.start());
        cuts.add(b.end());
        for (Highlight h : a.highlights()) {
            if (h.start() < b.end() && h.end() > b.start()) {
                inBlock.add(h);
                cuts.add(Math.max(h.start(), b.start()));
                cuts.add(Math.min(h.end(), b.end()));
            }
        }
        List<Views.Seg> segs = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<String> cls = new ArrayList<>();
            List<String> title = new ArrayList<>();
            for (Highlight h : inBlock) {
                if (h.start() <= from && h.end() >= to) {
                    describe(h, cls, title);
                }
            }
            segs.add(new Views.Seg(a.text().substring(from, to), cls.isEmpty() ? null : String.join(" ", cls),
                    title.isEmpty() ? null : String.join("\n", title)));
            from = to;
        }
        return segs;
    }

    private void describe(Highlight h, List<String> cls, List<String> title) {
        if (h instanceof Highlight.Attribution at) {
            String who = at.speaker() == null ? "unattributed" : at.speaker();
            String aff = at.affiliation() == null ? "affiliation unknown" : at.affiliation();
            switch (at.part()) {
                case CONTENT -> {
                    cls.add("at-content");
                    cls.add("a" + affiliations.slot(at.affiliation()));
                    title.add("attributed to " + who + " (" + aff + ")");
                }
                case SOURCE -> {
                    cls.add("at-source");
                    cls.add("a" + affiliations.slot(at.affiliation()));
                    title.add("source: " + who + " (" + aff + ")");
                }
                case CUE -> {
                    cls.add("at-cue");
                    title.add("attribution cue");
                }
            }
        } else if (h instanceof Highlight.LoadedTerm lt) {
            cls.add("lt");
            cls.add("c" + categories.slot(lt.category()));
            cls.add("quoted".equalsIgnoreCase(lt.voice()) ? "v-quoted" : "v-author");
            title.add("loaded term: " + lt.category() + (lt.voice() == null ? "" : ", " + lt.voice() + "'s voice"));
        } else if (h instanceof Highlight.Blurb bl) {
            cls.add("bl");
            title.add("blurb" + (bl.kind() == null ? "" : ": " + bl.kind()));
        } else if (h instanceof Highlight.NamingVariant nv) {
            cls.add("nv");
            title.add("naming: " + nv.concept() + " \u2192 " + nv.variant());
        } else if (h instanceof Highlight.ScareQuote) {
            cls.add("sq");
            title.add("scare quotes");
        }
    }
}
