package org.slant.analysis.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.internal.Json;
import org.slant.analysis.internal.WekaAdapter;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.Row;
import org.slant.analysis.text.TextVectorizer;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A trained classifier with its provenance, and optionally the {@link TextVectorizer} that made its word
 * columns (so new texts can be featurised the same way). Predicting is thread-safe for the classifiers
 * Slant offers; the model is otherwise immutable.
 *
 * <p>Saved as a ZIP: {@code provenance.json}, {@code classifier.bin} (Java serialisation of the Weka
 * model, read back through a filter that admits only Weka and JDK classes) and, when present,
 * {@code vectorizer.json}. Load only model files you trust.
 */
public final class TrainedModel {
    private static final ObjectInputFilter WEKA_ONLY = ObjectInputFilter.Config.createFilter(
            "java.**;weka.**;no.uib.cipr.**;org.netlib.**;org.slant.analysis.internal.SparseSoftmax;org.slant.analysis.internal.WordStack;!*");

    private final Classifier classifier;
    private final ModelProvenance provenance;
    private final TextVectorizer vectorizer;
    private final Instances header;

    TrainedModel(Classifier classifier, ModelProvenance provenance, TextVectorizer vectorizer) {
        this.classifier = classifier;
        this.provenance = provenance;
        this.vectorizer = vectorizer;
        List<org.slant.analysis.table.Column> cols = provenance.featureNames().stream()
                .map(org.slant.analysis.table.Column::named).toList();
        this.header = WekaAdapter.header(new FeatureTable(provenance.featureSet(), cols, List.of()), provenance.classes());
    }

    /**
     * Tells where the model came from, enough to retrain it.
     *
     * @return the provenance
     */
    public ModelProvenance provenance() {
        return provenance;
    }

    /**
     * Gives the vectorizer that made the word columns, to featurise new texts as the training texts were.
     *
     * @return the vectorizer, or empty if the model was not given one
     */
    public java.util.Optional<TextVectorizer> vectorizer() {
        return java.util.Optional.ofNullable(vectorizer);
    }

    /**
     * Attaches a vectorizer, so that it is saved with the model.
     *
     * @param v the vectorizer whose columns are exactly the model's features, in order
     * @return a model with the same classifier and provenance that carries {@code v}
     * @throws IllegalArgumentException if {@code v}'s columns are not the model's features
     */
    public TrainedModel withVectorizer(TextVectorizer v) {
        List<String> names = v.columns().stream().map(org.slant.analysis.table.Column::name).toList();
        if (!names.equals(provenance.featureNames())) {
            throw new IllegalArgumentException("the vectorizer's columns are not the model's features");
        }
        return new TrainedModel(classifier, provenance, v);
    }

    /**
     * Predicts every row of {@code table}. A row's label is kept as {@link Prediction#actual()} but never
     * given to the classifier.
     *
     * @param table the rows, with the training table's feature set and columns
     * @return one prediction per row, in table order, fold -1
     * @throws AnalysisException if the table's feature set or columns differ from the training table's, or
     *     the classifier fails on a row
     */
    public List<Prediction> predict(FeatureTable table) throws AnalysisException {
        checkCompatible(table);
        List<Prediction> out = new ArrayList<>(table.rows().size());
        for (Row r : table.rows()) {
            out.add(predict(r, -1));
        }
        return out;
    }

    Prediction predict(Row r, int fold) throws AnalysisException {
        Instance in = WekaAdapter.instance(r.label() != null && !provenance.classes().contains(r.label())
                ? r.withLabel(null) : r, header, provenance.classifier());
        double[] dist;
        try {
            dist = classifier.distributionForInstance(in);
        } catch (Exception e) {
            throw new AnalysisException("prediction failed for row " + r.id() + ": " + e.getMessage(), e);
        }
        int best = 0;
        for (int i = 1; i < dist.length; i++) {
            if (dist[i] > dist[best]) {
                best = i;
            }
        }
        List<Double> probs = new ArrayList<>(dist.length);
        for (double d : dist) {
            probs.add(d);
        }
        return new Prediction(r.id(), r.label(), provenance.classes().get(best), probs, fold);
    }

    /**
     * Checks that a table can be predicted: the same feature set name and the same columns in the same order
     * as the training table.
     *
     * @param table the table to check; its rows are not read
     * @throws AnalysisException naming the first difference when {@code table} is not what the model was
     *     trained on
     */
    public void checkCompatible(FeatureTable table) throws AnalysisException {
        if (!table.featureSet().equals(provenance.featureSet())) {
            throw new AnalysisException("model was trained on feature set '" + provenance.featureSet()
                    + "' but the table has feature set '" + table.featureSet() + "'; re-extract the features with "
                    + "the model's feature set or retrain");
        }
        List<String> names = table.columnNames();
        List<String> want = provenance.featureNames();
        if (!names.equals(want)) {
            int i = 0;
            while (i < names.size() && i < want.size() && names.get(i).equals(want.get(i))) {
                i++;
            }
            throw new AnalysisException("model expects " + want.size() + " feature columns, the table has " + names.size()
                    + "; first difference at column " + (i + 1) + ": model '" + (i < want.size() ? want.get(i) : "<none>")
                    + "', table '" + (i < names.size() ? names.get(i) : "<none>") + "'");
        }
    }

    /**
     * A readable account of the model: J48's tree as rules, logistic regression's coefficients, naive
     * Bayes' per-class statistics, as Weka prints them.
     *
     * @return the classifier's text, several lines
     */
    public String describe() {
        return classifier.toString();
    }

    /**
     * Writes the model file, replacing it. ZIP entries carry a fixed timestamp, so the file does not depend
     * on when it was written.
     *
     * @param file the file to write
     * @throws AnalysisException naming the file if it cannot be written
     */
    public void save(Path file) throws AnalysisException {
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        } catch (IOException e) {
            throw new AnalysisException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the model as a ZIP to a stream, which is finished but not closed.
     *
     * @param out the stream
     * @throws IOException if the stream cannot be written or the classifier cannot be serialised
     */
    public void save(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "provenance.json", Json.PRETTY.writeValueAsBytes(provenance));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(classifier);
        }
        entry(zip, "classifier.bin", bytes.toByteArray());
        if (vectorizer != null) {
            entry(zip, "vectorizer.json", Json.MAPPER.writeValueAsBytes(vectorizer));
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // reproducible files
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /**
     * Reads a model file written by {@link #save(Path)}.
     *
     * @param file the model file; load only files you trust
     * @return the model, with its vectorizer when the file holds one
     * @throws AnalysisException naming the file when it cannot be read, is not a Slant model or is damaged
     */
    public static TrainedModel load(Path file) throws AnalysisException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new AnalysisException("cannot read model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model written by {@link #save(OutputStream)} from a stream, which is read through its last
     * ZIP entry but not closed. The classifier is deserialised only through a filter that admits Weka and JDK classes.
     *
     * @param in the stream; load only models you trust
     * @param name how error messages name the input
     * @return the model, with its vectorizer when the stream holds one
     * @throws AnalysisException naming {@code name} when the input is not a Slant model or is damaged
     */
    public static TrainedModel load(InputStream in, String name) throws AnalysisException {
        Map<String, byte[]> entries = new HashMap<>();
        try {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new AnalysisException(name + ": not a Slant model file: " + e.getMessage(), e);
        }
        if (!entries.containsKey("provenance.json") || !entries.containsKey("classifier.bin")) {
            throw new AnalysisException(name + ": not a Slant model file (no provenance.json and classifier.bin)");
        }
        try {
            ModelProvenance p = Json.MAPPER.readValue(entries.get("provenance.json"), ModelProvenance.class);
            TextVectorizer v = entries.containsKey("vectorizer.json")
                    ? Json.MAPPER.readValue(entries.get("vectorizer.json"), TextVectorizer.class) : null;
            org.slant.analysis.internal.WekaRuntime.init();
            Classifier c;
            try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(entries.get("classifier.bin")))) {
                ois.setObjectInputFilter(WEKA_ONLY);
                c = (Classifier) ois.readObject();
            }
            return new TrainedModel(c, p, v);
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            throw new AnalysisException(name + ": damaged model file: " + e.getMessage(), e);
        }
    }
}
