package org.slant.features.sourcing;

import java.util.List;
import org.slant.features.sourcing.internal.AttributionFinder;
import org.slant.features.sourcing.internal.CreditFinder;
import org.slant.features.sourcing.internal.SpeakerResolver;
import org.slant.features.text.TextLayer;
import org.slant.ingest.Article;

/**
 * Sourcing's front door: finds who speaks in an article, how, and for whom. Immutable and thread-safe;
 * linear in the text length; never throws on odd text.
 *
 * <pre>{@code
 * SourcingResult r = Sourcing.standard().analyze(article);
 * for (Attribution a : r.attributions()) { ... r.speaker(a.speakerId()) ... }
 * }</pre>
 */
public final class Sourcing {

    private final ActorRegistry registry;
    private final AttributionFinder finder = new AttributionFinder();
    private final SpeakerResolver resolver;
    private final CreditFinder credits = new CreditFinder();

    private Sourcing(ActorRegistry registry) {
        this.registry = registry;
        this.resolver = new SpeakerResolver(registry);
    }

    /** Sourcing with the built-in actor registry. */
    public static Sourcing standard() {
        return new Sourcing(ActorRegistry.builtIn());
    }

    /** Sourcing with this actor registry (layer a user's over {@link ActorRegistry#builtIn()} with {@code with}). */
    public static Sourcing withRegistry(ActorRegistry registry) {
        if (registry == null) {
            throw new IllegalArgumentException("registry is required");
        }
        return new Sourcing(registry);
    }

    /** The actor registry in use. */
    public ActorRegistry registry() {
        return registry;
    }

    /** Analyses an article. */
    public SourcingResult analyze(Article article) {
        return analyze(article, TextLayer.of(article));
    }

    /** Analyses an article whose text layer is already built. */
    public SourcingResult analyze(Article article, TextLayer layer) {
        SpeakerResolver.Resolved r = resolver.resolve(layer, finder.find(layer));
        return new SourcingResult(r.attributions(), r.speakers(), credits.find(article, layer));
    }

    /** Analyses plain text (every line a paragraph), without article credits. */
    public SourcingResult analyze(String text) {
        TextLayer layer = TextLayer.of(text);
        SpeakerResolver.Resolved r = resolver.resolve(layer, finder.find(layer));
        return new SourcingResult(r.attributions(), r.speakers(), credits.find(null, layer));
    }

    /** Only the attributions of a text layer, with speakers resolved: the fast path for evaluation. */
    public List<Attribution> attributions(TextLayer layer) {
        return resolver.resolve(layer, finder.find(layer)).attributions();
    }
}
