package org.slant.features.blurbs;

import java.util.ArrayList;
import java.util.List;
import org.slant.features.Evidence;
import org.slant.features.FeatureExtractor;
import org.slant.features.FeatureSpec;
import org.slant.features.FeatureValue;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;

/**
 * Blurb features: {@code blurbs.count}, {@code blurbs.<type>} (count per {@link BlurbType}),
 * {@code blurbs.char_share} (share of the text in blurbs) and {@code blurbs.editorializing_max}; the
 * evidence of each is the blurbs' spans. Immutable and thread-safe.
 */
public final class BlurbsExtractor implements FeatureExtractor {
    /** The extractor's name and feature prefix. */
    public static final String NAME = "blurbs";

    private final BlurbDetector detector;
    private final List<FeatureSpec> specs;

    private BlurbsExtractor(BlurbDetector detector) {
        this.detector = detector;
        List<FeatureSpec> s = new ArrayList<>();
        s.add(new FeatureSpec(NAME + ".count", "outlet-written boxes that are not reporting", "count"));
        for (BlurbType t : BlurbType.values()) {
            s.add(new FeatureSpec(NAME + "." + t.key(), t.key() + " blurbs", "count"));
        }
        s.add(new FeatureSpec(NAME + ".char_share", "share of the article text inside blurbs", "share"));
        s.add(new FeatureSpec(NAME + ".editorializing_max",
                "highest editorialising score of a blurb (loaded terms, second person, rhetorical questions); 0 when none",
                "score"));
        this.specs = List.copyOf(s);
    }

    /**
     * Makes the extractor with {@link BlurbDetector#standard()}, as the standard pipeline uses it.
     *
     * @return the extractor
     */
    public static BlurbsExtractor standard() {
        return new BlurbsExtractor(BlurbDetector.standard());
    }

    /**
     * Makes the extractor with a detector of one's own, e.g. one that knows the outlets' templates.
     *
     * @param detector the detector
     * @return the extractor
     */
    public static BlurbsExtractor with(BlurbDetector detector) {
        return new BlurbsExtractor(detector);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<FeatureSpec> specs() {
        return specs;
    }

    @Override
    public List<FeatureValue> extract(Article article, TextLayer layer) {
        List<Blurb> blurbs = detector.detect(article, layer);
        List<Evidence> all = new ArrayList<>();
        int chars = 0;
        double editorial = 0;
        for (Blurb b : blurbs) {
            all.add(evidence(b));
            chars += b.end() - b.start();
            editorial = Math.max(editorial, b.editorializing());
        }
        List<FeatureValue> out = new ArrayList<>(specs.size());
        out.add(new FeatureValue(NAME + ".count", blurbs.size(), all));
        for (BlurbType t : BlurbType.values()) {
            List<Evidence> ev = blurbs.stream().filter(b -> b.type() == t).map(BlurbsExtractor::evidence).toList();
            out.add(new FeatureValue(NAME + "." + t.key(), ev.size(), ev));
        }
        int len = layer.text().length();
        out.add(new FeatureValue(NAME + ".char_share", len == 0 ? 0 : (double) chars / len, all));
        out.add(new FeatureValue(NAME + ".editorializing_max", editorial, all));
        return out;
    }

    private static Evidence evidence(Blurb b) {
        return new Evidence(b.start(), b.end(), "blurb", b.type().key() + " " + String.join(",", b.cues()));
    }
}
