package org.slant.cli.words;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.classify.Prediction;
import org.slant.analysis.classify.TrainedModel;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.Row;
import org.slant.features.lexicon.WordFeatures;
import org.slant.features.lexicon.WordModel;

/**
 * A {@link WordModel} backed by a Weka classifier trained through Slant's adapter on a {@link WordTable}.
 * Immutable and thread-safe (the adapter's classifiers predict thread-safely).
 *
 * <p>Saved as a ZIP: {@code word-model.json} ({@link WordModelProvenance}), {@code word-priors.json}
 * ({@link WordPriors}) and {@code classifier.zip} (the adapter's {@link TrainedModel} file, with its own
 * provenance). Reading deserialises Weka classes: load only model files you trust.
 */
public final class WekaWordModel implements WordModel {
    /** The format written to {@link WordModelProvenance#format()}. */
    public static final String FORMAT = "slant-weka-word-model/1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String PROVENANCE = "word-model.json";
    private static final String PRIORS = "word-priors.json";
    private static final String CLASSIFIER = "classifier.zip";

    private final TrainedModel classifier;
    private final WordPriors priors;
    private final WordModelProvenance provenance;
    private final int marked;

    /**
     * Wraps a classifier trained on a {@link WordTable}.
     *
     * @param classifier the trained classifier
     * @param priors the word counts behind the table's prior columns
     * @param provenance where the model came from
     * @throws IllegalArgumentException if the classifier was not trained on the word table's columns or
     *     lacks the {@link WordTable#MARKED} class
     */
    public WekaWordModel(TrainedModel classifier, WordPriors priors, WordModelProvenance provenance) {
        this.classifier = classifier;
        this.priors = priors;
        this.provenance = provenance;
        if (!classifier.provenance().featureNames().equals(WordTable.COLUMN_NAMES)
                || !classifier.provenance().featureSet().equals(WordTable.FEATURE_SET)) {
            throw new IllegalArgumentException("classifier was trained on feature set "
                    + classifier.provenance().featureSet() + " with columns " + classifier.provenance().featureNames()
                    + ", not on the word table " + WordTable.FEATURE_SET + " " + WordTable.COLUMN_NAMES);
        }
        this.marked = classifier.provenance().classes().indexOf(WordTable.MARKED);
        if (marked < 0) {
            throw new IllegalArgumentException("classifier has no class '" + WordTable.MARKED + "': "
                    + classifier.provenance().classes());
        }
    }

    /**
     * Where the model came from.
     *
     * @return the provenance
     */
    public WordModelProvenance provenance() {
        return provenance;
    }

    /**
     * The wrapped classifier.
     *
     * @return the classifier
     */
    public TrainedModel classifier() {
        return classifier;
    }

    /**
     * The word counts the model's prior columns come from.
     *
     * @return the priors
     */
    public WordPriors priors() {
        return priors;
    }

    @Override
    public double score(WordFeatures word) {
        Row row = new Row("w", null, null, null, null, WordTable.vector(word, priors, null));
        List<Prediction> p;
        try {
            p = classifier.predict(new FeatureTable(WordTable.FEATURE_SET, WordTable.COLUMNS, List.of(row)));
        } catch (AnalysisException e) {
            // the columns are fixed and checked in the constructor, so this is a bug, not bad input
            throw new IllegalStateException("word model cannot score '" + word.word() + "': " + e.getMessage(), e);
        }
        double s = p.get(0).probabilities().get(marked);
        return Double.isNaN(s) ? 0 : Math.max(0, Math.min(1, s));
    }

    @Override
    public double threshold() {
        return provenance.threshold();
    }

    @Override
    public double sentenceThreshold() {
        return provenance.sentenceThreshold();
    }

    /**
     * Writes the model file (a ZIP of the classifier, priors and provenance).
     *
     * @param file the file to write
     * @throws IOException if it cannot be written
     */
    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ZipOutputStream zip = new ZipOutputStream(out);
            entry(zip, PROVENANCE, JSON.writeValueAsBytes(provenance));
            // one count per vocabulary word: indentation would double the file for no reader's benefit
            entry(zip, PRIORS, JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(priors));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            classifier.save(bytes);
            entry(zip, CLASSIFIER, bytes.toByteArray());
            zip.finish();
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // same bytes for the same model
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /**
     * Whether {@code file} looks like a file written by {@link #write(Path)} (a ZIP, by its first bytes).
     *
     * @param file the file
     * @return whether it starts like a ZIP
     * @throws IOException if it cannot be read
     */
    public static boolean isWekaWordModel(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * Reads a model file written by {@link #write(Path)}.
     *
     * @param file the model file
     * @return the model
     * @throws IOException naming the file when it cannot be read, is not a Weka word model, or was made
     *     for other word features
     */
    public static WekaWordModel read(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        if (!entries.containsKey(PROVENANCE) || !entries.containsKey(PRIORS) || !entries.containsKey(CLASSIFIER)) {
            throw new IOException(file + ": not a Slant Weka word model (needs " + PROVENANCE + ", " + PRIORS + " and "
                    + CLASSIFIER + ")");
        }
        try {
            WordModelProvenance p = JSON.readValue(entries.get(PROVENANCE), WordModelProvenance.class);
            if (!FORMAT.equals(p.format())) {
                throw new IOException(file + ": unsupported word model format '" + p.format() + "', expected " + FORMAT);
            }
            WordPriors priors = JSON.readValue(entries.get(PRIORS), WordPriors.class);
            TrainedModel m = TrainedModel.load(new ByteArrayInputStream(entries.get(CLASSIFIER)), file + "!" + CLASSIFIER);
            return new WekaWordModel(m, priors, p);
        } catch (AnalysisException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": damaged word model: " + e.getOriginalMessage(), e);
        }
    }
}
