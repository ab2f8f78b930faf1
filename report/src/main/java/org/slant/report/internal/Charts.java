package org.slant.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slant.report.FeatureComparison;
import org.slant.report.OutletCount;

/** Geometry of the report's SVG charts, computed here so the templates only print numbers and labels. */
public final class Charts {
    static final int LABEL_W = 140;
    static final int PLOT_W = 250;
    static final int ROW_H = 18;
    /** Rows for corpora with many outlets, so 50 outlets still fit a screen. */
    static final int COMPACT_ROW_H = 13;
    static final int COMPACT_FROM = 25;
    static final int TOP = 8;
    static final int AXIS_H = 22;

    private Charts() {
    }

    /**
     * Horizontal bars of per-outlet means with interval whiskers.
     *
     * @param width total width
     * @param height total height
     * @param bars one per outlet
     * @param ticks axis ticks
     * @param zeroX x of the zero line
     * @param axisY y of the axis
     * @param tickY baseline of the tick labels
     */
    public record BarChart(int width, int height, List<Bar> bars, List<Tick> ticks, String zeroX, String axisY,
                           String tickY) {
    }

    /** One bar: label position, rectangle, whisker and tooltip. */
    public record Bar(String label, String textY, String x, String y, String w, String h, String wx1, String wx2,
                      String wy, String tooltip) {
    }

    /** An axis tick. */
    public record Tick(String x, String label) {
    }

    /** Rows of stacked shares, one row per outlet. */
    public record StackChart(int width, int height, List<StackRow> rows, List<Palette.Legend> legend) {
    }

    /** One stacked row. */
    public record StackRow(String label, String y, String textY, String h, List<Segment> segments) {
    }

    /** One segment of a stacked row. */
    public record Segment(String x, String w, int slot, String tooltip) {
    }

    /** Bars with whiskers for one feature; the scale spans zero and every interval. */
    public static BarChart bars(FeatureComparison f) {
        double lo = 0;
        double hi = 0;
        for (FeatureComparison.OutletStat s : f.outlets()) {
            lo = Math.min(lo, s.low());
            hi = Math.max(hi, s.high());
        }
        if (hi - lo <= 0) {
            hi = lo + 1;
        }
        double[] ticks = niceTicks(lo, hi);
        lo = Math.min(lo, ticks[0]);
        hi = Math.max(hi, ticks[ticks.length - 1]);
        double scale = PLOT_W / (hi - lo);
        int rowH = f.outlets().size() >= COMPACT_FROM ? COMPACT_ROW_H : ROW_H;
        double x0 = LABEL_W + (0 - lo) * scale;
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (FeatureComparison.OutletStat s : f.outlets()) {
            double y = TOP + i * rowH;
            double xm = LABEL_W + (s.mean() - lo) * scale;
            double left = Math.min(x0, xm);
            String tip = s.outlet() + ": " + Fmt.num(s.mean()) + " [" + Fmt.num(s.low()) + ", " + Fmt.num(s.high())
                    + "], n = " + s.n();
            bars.add(new Bar(shorten(s.outlet()), Fmt.xy(y + rowH * 0.7), Fmt.xy(left), Fmt.xy(y + 3),
                    Fmt.xy(Math.max(Math.abs(xm - x0), 0.5)), Fmt.xy(rowH - 6),
                    Fmt.xy(LABEL_W + (s.low() - lo) * scale), Fmt.xy(LABEL_W + (s.high() - lo) * scale),
                    Fmt.xy(y + rowH / 2.0), tip));
            i++;
        }
        double axisY = TOP + i * rowH + 2;
        List<Tick> tickList = new ArrayList<>();
        for (double t : ticks) {
            tickList.add(new Tick(Fmt.xy(LABEL_W + (t - lo) * scale), Fmt.tick(t)));
        }
        return new BarChart(LABEL_W + PLOT_W + 20, (int) Math.ceil(axisY + AXIS_H), bars, tickList,
                Fmt.xy(x0), Fmt.xy(axisY), Fmt.xy(axisY + 14));
    }

    /** Labels beside bars are cut to fit; the full name is in the tooltip. */
    static String shorten(String label) {
        return label.codePointCount(0, label.length()) <= 22 ? label
                : label.substring(0, label.offsetByCodePoints(0, 21)) + "\u2026";
    }

    /** About five round tick values covering {@code [lo, hi]}. */
    static double[] niceTicks(double lo, double hi) {
        double range = hi - lo;
        double step = Math.pow(10, Math.floor(Math.log10(range / 4)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (range / (step * m) <= 5) {
                step *= m;
                break;
            }
        }
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double v = first + k * step;
            out[k] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return out;
    }

    /** Per-outlet shares of each group (affiliation, stance), summed over items. */
    public static StackChart stacks(List<OutletCount> counts, Palette palette) {
        Map<String, Map<String, Long>> byOutlet = new LinkedHashMap<>();
        for (OutletCount c : counts) {
            byOutlet.computeIfAbsent(c.outlet(), k -> new java.util.TreeMap<>()).merge(c.group(), c.count(), Long::sum);
        }
        List<StackRow> rows = new ArrayList<>();
        int rowH = byOutlet.size() >= COMPACT_FROM ? COMPACT_ROW_H : ROW_H;
        int i = 0;
        for (Map.Entry<String, Map<String, Long>> e : byOutlet.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            double y = TOP + i * rowH;
            double x = LABEL_W;
            List<Segment> segs = new ArrayList<>();
            for (Map.Entry<String, Long> g : e.getValue().entrySet()) {
                if (total == 0 || g.getValue() == 0) {
                    continue;
                }
                double w = PLOT_W * (double) g.getValue() / total;
                segs.add(new Segment(Fmt.xy(x), Fmt.xy(w), palette.slot(g.getKey()), e.getKey() + ": " + g.getKey()
                        + " " + Fmt.pct((double) g.getValue() / total) + " (" + g.getValue() + ")"));
                x += w;
            }
            rows.add(new StackRow(shorten(e.getKey()), Fmt.xy(y + 3), Fmt.xy(y + rowH * 0.7), Fmt.xy(rowH - 6), segs));
            i++;
        }
        List<String> groups = counts.stream().map(OutletCount::group).distinct().toList();
        return new StackChart(LABEL_W + PLOT_W + 20, TOP + i * rowH + 8, rows, palette.legend(groups));
    }
}
