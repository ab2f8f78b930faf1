package org.slant.features.sourcing;

import java.util.List;
import org.slant.features.sourcing.internal.AttributionFinder;
import org.slant.features.sourcing.internal.CreditFinder;
import org.slant.features.sourcing.internal.CueTagger;
import org.slant.features.sourcing.internal.Found;
import org.slant.features.sourcing.internal.SpanTagger;
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
    private final boolean learnedCues;
    /** The learned span model, or null for the rules' spans. */
    private final SpanTagger spans;
    private final AttributionFinder finder;
    private final SpeakerResolver resolver;
    private final CreditFinder credits = new CreditFinder();

    private Sourcing(ActorRegistry registry, boolean learnedCues, boolean learnedSpans) {
        this.registry = registry;
        this.learnedCues = learnedCues;
        // the span model reads the rules' own attributions as features, made as in its training
        this.spans = learnedSpans ? SpanTagger.standard() : null;
        boolean cues = learnedCues || spans != null && spans.wantsLearnedCues();
        this.finder = new AttributionFinder(cues ? CueTagger.standard() : null);
        this.resolver = new SpeakerResolver(registry);
    }

    /**
     * Makes sourcing with the built-in actor registry.
     *
     * @return the analyser
     */
    public static Sourcing standard() {
        return new Sourcing(ActorRegistry.builtIn(), false, false);
    }

    /**
     * Makes sourcing with an actor registry of one's own (layer a user's over {@link ActorRegistry#builtIn()}
     * with {@link ActorRegistry#with}).
     *
     * @param registry the known actors; not null
     * @return the analyser
     * @throws IllegalArgumentException if {@code registry} is null
     */
    public static Sourcing withRegistry(ActorRegistry registry) {
        if (registry == null) {
            throw new IllegalArgumentException("registry is required");
        }
        return new Sourcing(registry, false, false);
    }

    /**
     * Gives the same sourcing that also reads the cues the rules do not know (verbs outside the report-verb
     * lexicon, attitude phrases such as "was clear about") with the learned cue model shipped in the jar, a
     * logistic model over local token features trained on the PolNeAR train split (README: how it was
     * trained and measured; {@code eval/train-cues.sh} retrains it). Off by default: it finds more
     * attributions (PolNeAR dev content F1 at overlap 0.5 0.654 without, 0.669 with) at about a quarter more
     * sourcing time (more on long articles), and the model's training data states no licence. The model loads once per JVM.
     * Replaces the learned spans of {@link #withLearnedSpans()}: the two models are alternatives.
     *
     * @return sourcing with the same registry and the learned cues on
     */
    public Sourcing withLearnedCues() {
        return learnedCues ? this : new Sourcing(registry, true, false);
    }

    /**
     * Gives the same sourcing that lets a learned span tagger redraw the rules' attributions: a linear-chain
     * model (averaged structured perceptron, trained on the PolNeAR train split: README, and
     * {@code eval/train-spans.sh} retrains it) tags every token as outside, content, cue or source of an
     * attribution, reading among its features the attributions of the rules with the learned cues of
     * {@link #withLearnedCues()}; its content boundaries replace theirs where they overlap, attributions it
     * finds alone with a cue are added, and rule attributions it does not see are dropped; a second learned
     * model then moves a content's end to another cut point (clause punctuation, a closing quotation mark, the
     * sentence end) where that scores clearly better, and an attribution whose content lies within another's
     * is dropped (PolNeAR dev content F1 at overlap 0.5: rules 0.654, learned cues 0.669, learned spans 0.708;
     * README). Off by default: it
     * costs about three times the sourcing time of the rules, and the model's training data states no
     * licence. Replaces the learned cues mode, which it builds on. The models load once per JVM.
     *
     * @return sourcing with the same registry and the learned spans on
     */
    public Sourcing withLearnedSpans() {
        return spans != null ? this : new Sourcing(registry, false, true);
    }

    /**
     * Tells whether the learned span model is on ({@link #withLearnedSpans()}).
     *
     * @return true when the learned span tagger redraws the rules' attributions
     */
    public boolean learnedSpans() {
        return spans != null;
    }

    /**
     * Tells whether the learned cue model is on ({@link #withLearnedCues()}). False in the learned-spans mode,
     * which reads the learned cues only as features of its own model.
     *
     * @return true when learned cues are read beside the rules
     */
    public boolean learnedCues() {
        return learnedCues;
    }

    /**
     * Gives the actor registry in use.
     *
     * @return the registry
     */
    public ActorRegistry registry() {
        return registry;
    }

    /**
     * Analyses an article, building its text layer.
     *
     * @param article the article
     * @return its attributions, speakers and wire credits (from the text and the article's credits)
     */
    public SourcingResult analyze(Article article) {
        return analyze(article, TextLayer.of(article));
    }

    /**
     * Analyses an article whose text layer is already built, so extractors share one layer.
     *
     * @param article the article, for its credits
     * @param layer {@code TextLayer.of(article)}
     * @return its attributions, speakers and wire credits
     */
    public SourcingResult analyze(Article article, TextLayer layer) {
        SpeakerResolver.Resolved r = resolver.resolve(layer, find(layer));
        return new SourcingResult(r.attributions(), r.speakers(), credits.find(article, layer));
    }

    /**
     * Analyses plain text (every line a paragraph), without article credits.
     *
     * @param text the text; null is read as empty
     * @return its attributions, speakers and the wire credits found in the text itself
     */
    public SourcingResult analyze(String text) {
        TextLayer layer = TextLayer.of(text);
        SpeakerResolver.Resolved r = resolver.resolve(layer, find(layer));
        return new SourcingResult(r.attributions(), r.speakers(), credits.find(null, layer));
    }

    private List<Found> find(TextLayer layer) {
        List<Found> rules = finder.find(layer);
        return spans == null ? rules : spans.apply(layer, rules);
    }

    /**
     * Finds only the attributions of a text layer, with speakers resolved: the fast path for evaluation.
     *
     * @param layer the text
     * @return the attributions in text order of their content
     */
    public List<Attribution> attributions(TextLayer layer) {
        return resolver.resolve(layer, find(layer)).attributions();
    }
}
