package org.slant.analysis.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.slant.analysis.AnalysisException;
import org.slant.analysis.table.Column;
import org.slant.analysis.table.FeatureTable;
import org.slant.analysis.table.FeatureVector;
import org.slant.analysis.table.Row;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffLoader;

/**
 * Weka's sparse ARFF. Row fields are string attributes {@code id, outlet, date, story} first and the
 * label a nominal attribute last (Weka's class position); the first line is a {@code % slant-table}
 * comment with the feature set and column descriptions, which Weka ignores. ARFFs written by other
 * tools are read too: numeric attributes become columns, attributes named like the row fields fill them.
 */
public final class ArffTables {
    static final String MAGIC = "% slant-table ";

    private ArffTables() {}

    public static void write(FeatureTable t, Writer w) throws IOException {
        WekaRuntime.init();
        w.write(MAGIC);
        w.write(new TableHeader(t.featureSet(), t.columns()).toJson());
        w.write('\n');
        w.write("@relation " + Utils.quote(t.featureSet()) + "\n\n");
        for (String m : List.of("id", "outlet", "date", "story")) {
            w.write("@attribute " + m + " string\n");
        }
        for (Column c : t.columns()) {
            w.write("@attribute " + Utils.quote(c.name()) + " numeric\n");
        }
        List<String> labels = t.labels();
        if (labels.isEmpty()) {
            w.write("@attribute label string\n");
        } else {
            w.write("@attribute label {");
            for (int i = 0; i < labels.size(); i++) {
                w.write((i > 0 ? "," : "") + Utils.quote(labels.get(i)));
            }
            w.write("}\n");
        }
        w.write("\n@data\n");
        int labelIndex = 4 + t.columns().size();
        StringBuilder sb = new StringBuilder();
        for (Row r : t.rows()) {
            sb.setLength(0);
            sb.append("{0 ").append(Utils.quote(r.id()));
            sb.append(",1 ").append(str(r.outlet()));
            sb.append(",2 ").append(str(r.date() == null ? null : r.date().toString()));
            sb.append(",3 ").append(str(r.story()));
            FeatureVector v = r.values();
            for (int k = 0; k < v.storedCount(); k++) {
                double x = v.storedValue(k);
                sb.append(',').append(4 + v.storedIndex(k)).append(' ')
                        .append(Double.isNaN(x) ? "?" : TableHeader.number(x));
            }
            sb.append(',').append(labelIndex).append(' ').append(str(r.label())).append("}\n");
            w.write(sb.toString());
        }
    }

    private static String str(String s) {
        return s == null ? "?" : Utils.quote(s);
    }

    public static FeatureTable read(BufferedReader r, String name) throws IOException, AnalysisException {
        WekaRuntime.init();
        r.mark(MAGIC.length() + 1);
        char[] start = new char[MAGIC.length()];
        int got = r.read(start);
        TableHeader header = null;
        if (got == start.length && new String(start).equals(MAGIC)) {
            String json = r.readLine();
            try {
                header = TableHeader.fromJson(json);
            } catch (IOException | IllegalArgumentException e) {
                throw new AnalysisException(name + ":1: bad slant-table header: " + e.getMessage(), e);
            }
        } else {
            r.reset();
        }
        Instances data;
        try {
            data = new ArffLoader.ArffReader(r).getData();
        } catch (IOException e) {
            throw new AnalysisException(name + ": not a valid ARFF file: " + e.getMessage(), e);
        }
        int[] meta = {-1, -1, -1, -1, -1};
        List<Integer> featurePos = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int a = 0; a < data.numAttributes(); a++) {
            Attribute at = data.attribute(a);
            int m = FeatureTable.META_COLUMNS.indexOf(at.name());
            if (m >= 0) {
                meta[m] = a;
            } else if (at.isNumeric()) {
                featurePos.add(a);
                try {
                    columns.add(Column.named(at.name()));
                } catch (IllegalArgumentException e) {
                    throw new AnalysisException(name + ": attribute " + (a + 1) + ": " + e.getMessage());
                }
            } else {
                throw new AnalysisException(name + ": attribute '" + at.name()
                        + "' is neither numeric nor one of the row fields " + FeatureTable.META_COLUMNS);
            }
        }
        if (header != null) {
            if (!header.columns().stream().map(Column::name).toList()
                    .equals(columns.stream().map(Column::name).toList())) {
                throw new AnalysisException(name + ": the attributes do not match the slant-table columns");
            }
            columns = header.columns();
        }
        List<Row> rows = new ArrayList<>(data.numInstances());
        for (int i = 0; i < data.numInstances(); i++) {
            Instance in = data.instance(i);
            FeatureVector.Builder b = FeatureVector.builder(columns.size());
            for (int j = 0; j < featurePos.size(); j++) {
                int a = featurePos.get(j);
                if (in.isMissing(a)) {
                    b.missing(j);
                } else {
                    double x = in.value(a);
                    if (!Double.isFinite(x)) {
                        throw new AnalysisException(name + ": row " + (i + 1) + ", column '" + columns.get(j).name()
                                + "': value " + x + " is not finite; write missing values as ?");
                    }
                    b.set(j, x);
                }
            }
            String id = meta[0] >= 0 ? value(in, meta[0]) : null;
            try {
                rows.add(new Row(id != null ? id : "row-" + (i + 1), value(in, meta[1]),
                        CsvTables.date(value(in, meta[2])), value(in, meta[3]), value(in, meta[4]), b.build()));
            } catch (IllegalArgumentException e) {
                throw new AnalysisException(name + ": row " + (i + 1) + ": " + e.getMessage());
            }
        }
        try {
            return new FeatureTable(header != null ? header.featureSet() : data.relationName(), columns, rows);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(name + ": " + e.getMessage());
        }
    }

    private static String value(Instance in, int a) {
        if (a < 0 || in.isMissing(a)) {
            return null;
        }
        Attribute at = in.attribute(a);
        return at.isNumeric() ? TableHeader.number(in.value(a)) : in.stringValue(a);
    }
}
