package org.slant.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a report shows, independent of how it was computed. The HTML and JSON reports are both
 * rendered from one of these; the JSON form is this record as described in {@code report/SCHEMA.md}.
 *
 * @param schemaVersion version of the JSON schema; {@link #SCHEMA_VERSION} for data made by this code
 * @param title the report's title
 * @param corpus outlets, dates and rejected inputs
 * @param features framing features compared across outlets
 * @param distinctiveWords words that set each outlet apart
 * @param sourcing sources per outlet: group is the affiliation, item the role
 * @param stances report verbs per outlet: group is the stance, item the verb (may be null)
 * @param naming naming choices per outlet: group is the concept, item the variant
 * @param blurbs blurbs per outlet: group is the kind, item an example (may be null)
 * @param stories the stories, each with its outlets' articles side by side
 * @param classifier classifier results; may be null
 * @param methodology what each feature and method means
 * @param provenance version, configuration, seeds, inputs
 */
public record ReportData(int schemaVersion, String title, CorpusSummary corpus, List<FeatureComparison> features,
                         List<DistinctiveWords> distinctiveWords, List<OutletCount> sourcing,
                         List<OutletCount> stances, List<OutletCount> naming, List<OutletCount> blurbs,
                         List<Story> stories, ClassifierResult classifier, List<MethodNote> methodology,
                         Provenance provenance) {

    /** The schema version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Validates the data: a null or blank title becomes {@code "Slant report"}, a null corpus or
     * provenance an empty one, and lists are copied unmodifiably, null meaning none.
     *
     * @param schemaVersion version of the JSON schema; must be {@link #SCHEMA_VERSION}
     * @param title the report's title; may be null
     * @param corpus outlets, dates and rejected inputs; may be null
     * @param features framing features; may be null, must not contain null
     * @param distinctiveWords words that set each outlet apart; may be null, must not contain null
     * @param sourcing sources per outlet; may be null, must not contain null
     * @param stances report verbs per outlet; may be null, must not contain null
     * @param naming naming choices per outlet; may be null, must not contain null
     * @param blurbs blurbs per outlet; may be null, must not contain null
     * @param stories the stories, ids unique; may be null, must not contain null
     * @param classifier classifier results; may be null
     * @param methodology feature and method notes; may be null, must not contain null
     * @param provenance how the report was made; may be null
     * @throws IllegalArgumentException if {@code schemaVersion} is not {@link #SCHEMA_VERSION}, a list
     *     contains null, or two stories share an id
     */
    public ReportData {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported report schemaVersion " + schemaVersion
                    + " (this Slant reads " + SCHEMA_VERSION + ")");
        }
        title = title == null || title.isBlank() ? "Slant report" : title;
        corpus = corpus == null ? new CorpusSummary(List.of(), List.of()) : corpus;
        features = Checks.list(features, "features");
        distinctiveWords = Checks.list(distinctiveWords, "distinctive words");
        sourcing = Checks.list(sourcing, "sourcing");
        stances = Checks.list(stances, "stances");
        naming = Checks.list(naming, "naming");
        blurbs = Checks.list(blurbs, "blurbs");
        stories = Checks.list(stories, "stories");
        methodology = Checks.list(methodology, "methodology");
        provenance = provenance == null ? new Provenance(null, null, null, null, null, null) : provenance;
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Story s : stories) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate story id: " + s.id());
            }
        }
    }

    /**
     * Starts report data with the given title and every part empty.
     *
     * @param title the report's title; null or blank for {@code "Slant report"}
     * @return a new builder; builders are not thread-safe
     */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Assembles report data part by part; every part is optional. */
    public static final class Builder {
        private final String title;
        private CorpusSummary corpus;
        private final List<FeatureComparison> features = new ArrayList<>();
        private final List<DistinctiveWords> distinctiveWords = new ArrayList<>();
        private final List<OutletCount> sourcing = new ArrayList<>();
        private final List<OutletCount> stances = new ArrayList<>();
        private final List<OutletCount> naming = new ArrayList<>();
        private final List<OutletCount> blurbs = new ArrayList<>();
        private final List<Story> stories = new ArrayList<>();
        private ClassifierResult classifier;
        private final List<MethodNote> methodology = new ArrayList<>();
        private Provenance provenance;

        private Builder(String title) {
            this.title = title;
        }

        /**
         * Sets the corpus summary; an empty one until set.
         *
         * @param value the summary; null for an empty one
         * @return this builder
         */
        public Builder corpus(CorpusSummary value) { this.corpus = value; return this; }
        /**
         * Adds a feature comparison after those added before.
         *
         * @param value the comparison; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder feature(FeatureComparison value) { this.features.add(value); return this; }
        /**
         * Adds one outlet's distinctive words after those added before.
         *
         * @param value the words; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder distinctiveWords(DistinctiveWords value) { this.distinctiveWords.add(value); return this; }
        /**
         * Adds a sourcing count (group: affiliation, item: role) after those added before.
         *
         * @param value the count; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder sourcing(OutletCount value) { this.sourcing.add(value); return this; }
        /**
         * Adds a report-verb count (group: stance, item: verb) after those added before.
         *
         * @param value the count; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder stance(OutletCount value) { this.stances.add(value); return this; }
        /**
         * Adds a naming count (group: concept, item: variant) after those added before.
         *
         * @param value the count; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder naming(OutletCount value) { this.naming.add(value); return this; }
        /**
         * Adds a blurb count (group: kind, item: example) after those added before.
         *
         * @param value the count; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder blurb(OutletCount value) { this.blurbs.add(value); return this; }
        /**
         * Adds a story after those added before; story ids must be unique.
         *
         * @param value the story; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder story(Story value) { this.stories.add(value); return this; }
        /**
         * Sets the classifier results; none until set.
         *
         * @param value the results; may be null
         * @return this builder
         */
        public Builder classifier(ClassifierResult value) { this.classifier = value; return this; }
        /**
         * Adds a methodology note after those added before.
         *
         * @param value the note; null makes {@link #build()} throw
         * @return this builder
         */
        public Builder method(MethodNote value) { this.methodology.add(value); return this; }
        /**
         * Sets how the report was made; an empty provenance (version {@code unknown}) until set.
         *
         * @param value the provenance; null for an empty one
         * @return this builder
         */
        public Builder provenance(Provenance value) { this.provenance = value; return this; }

        /**
         * Makes the report data from what was set, at {@link #SCHEMA_VERSION}; the builder can go on
         * being used afterwards.
         *
         * @return the validated data
         * @throws IllegalArgumentException if a null part was added or two stories share an id
         */
        public ReportData build() {
            return new ReportData(SCHEMA_VERSION, title, corpus, features, distinctiveWords, sourcing, stances,
                    naming, blurbs, stories, classifier, methodology, provenance);
        }
    }
}
