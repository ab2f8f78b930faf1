package org.slant.features.lexicon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.slant.features.FeaturesException;
import org.slant.features.lexicon.internal.WordHashing;

/**
 * A logistic-regression word model trained by {@link WordModelTrainer} over hashed word features
 * (the word, its suffix, neighbours, lexicon categories by voice, the dense {@link WordFeatures} vector and
 * the heuristic model's score). Saved as JSON with its {@link WordModelProvenance}. Immutable and thread-safe.
 */
public final class TrainedWordModel implements WordModel {
    /** Format tag written into model files; {@link #read} refuses files with another. */
    public static final String FORMAT = "slant-word-model/1";

    private final double[] weights;
    private final int hashBits;
    private final double threshold;
    private final double sentenceThreshold;
    private final WordModelProvenance provenance;

    TrainedWordModel(double[] weights, int hashBits, double threshold, double sentenceThreshold,
                     WordModelProvenance provenance) {
        this.weights = weights.clone();
        this.hashBits = hashBits;
        this.threshold = threshold;
        this.sentenceThreshold = sentenceThreshold;
        this.provenance = provenance;
    }

    /** Size of the weight vector for a hash width. */
    static int dimensions(int hashBits) {
        return 2 + WordFeatures.VECTOR_NAMES.size() + (1 << hashBits);
    }

    @Override
    public double score(WordFeatures word) {
        return sigmoid(dot(weights, hashBits, word));
    }

    static double dot(double[] w, int bits, WordFeatures word) {
        int[] idx = new int[WordHashing.MAX_FEATURES + 1];
        double[] val = new double[WordHashing.MAX_FEATURES + 1];
        int n = sparse(word, bits, idx, val);
        double z = 0;
        for (int i = 0; i < n; i++) {
            z += w[idx[i]] * val[i];
        }
        return z;
    }

    /** The word's sparse features, the heuristic score last (at the index after the hashed space). */
    static int sparse(WordFeatures word, int bits, int[] idx, double[] val) {
        int n = WordHashing.features(word, bits, idx, val);
        idx[n] = dimensions(bits) - 1;
        val[n] = HeuristicWordModel.INSTANCE.score(word);
        return n + 1;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    }

    @Override
    public double threshold() {
        return threshold;
    }

    @Override
    public double sentenceThreshold() {
        return sentenceThreshold;
    }

    /**
     * Tells how the model was trained, enough to retrain it.
     *
     * @return the provenance
     */
    public WordModelProvenance provenance() {
        return provenance;
    }

    /** The JSON form of a model file. */
    record ModelFile(String format, WordModelProvenance provenance, int hashBits, double threshold,
                     double sentenceThreshold, Map<Integer, Double> weights) {
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /**
     * Writes the model as indented JSON, replacing the file: format tag, provenance, hash width, thresholds
     * and the non-zero weights sorted by index, so the same model always gives the same file.
     *
     * @param path the file to write
     * @throws FeaturesException if the file cannot be written
     */
    public void write(Path path) throws FeaturesException {
        Map<Integer, Double> sparse = new TreeMap<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                sparse.put(i, weights[i]);
            }
        }
        try {
            mapper().writeValue(path.toFile(),
                    new ModelFile(FORMAT, provenance, hashBits, threshold, sentenceThreshold, sparse));
        } catch (IOException e) {
            throw new FeaturesException("cannot write word model " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @param path the model file
     * @return the model
     * @throws FeaturesException if the file is unreadable, not a word model (another format tag), or
     *     inconsistent (hash width outside 10..24, no provenance or weights, a weight out of range or not
     *     finite)
     */
    public static TrainedWordModel read(Path path) throws FeaturesException {
        ModelFile f;
        try {
            f = mapper().readValue(path.toFile(), ModelFile.class);
        } catch (IOException e) {
            throw new FeaturesException("cannot read word model " + path + ": " + e.getMessage(), e);
        }
        if (!FORMAT.equals(f.format())) {
            throw new FeaturesException("word model " + path + ": format '" + f.format() + "', expected " + FORMAT);
        }
        if (f.hashBits() < 10 || f.hashBits() > 24 || f.provenance() == null || f.weights() == null) {
            throw new FeaturesException("word model " + path + ": missing or invalid hashBits, provenance or weights");
        }
        double[] w = new double[dimensions(f.hashBits())];
        for (Map.Entry<Integer, Double> e : f.weights().entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= w.length || !Double.isFinite(e.getValue())) {
                throw new FeaturesException("word model " + path + ": bad weight " + e);
            }
            w[e.getKey()] = e.getValue();
        }
        return new TrainedWordModel(w, f.hashBits(), f.threshold(), f.sentenceThreshold(), f.provenance());
    }
}
