package nnbasics.charts;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pictures of an MNIST run: loss and test accuracy per epoch of each engine (XChart), the ten learned weight
 * templates (or a network's first hidden units) as 28×28 images, and the confusion matrix as a heat map (both
 * drawn with Java 2D).
 */
public final class MnistCharts {

    /** Pixels per side of an MNIST image. */
    private static final int SIDE = 28;
    /** The ten digits. */
    private static final int CLASSES = 10;
    /** Screen pixels per image pixel in the template grid. */
    private static final int ZOOM = 8;
    /** Space around and between the templates, and the height of a template's caption. */
    private static final int GAP = 12;
    private static final int CAPTION = 22;
    private static final int TITLE = 34;
    /** Side of a confusion-matrix cell, and the margin for the axis labels. */
    private static final int CELL = 48;
    private static final int MARGIN = 70;
    private static final Color NEGATIVE = new Color(0x2166ac);   // diverging map: blue, white, red
    private static final Color POSITIVE = new Color(0xb2182b);
    private static final Color HEAT = new Color(0x08306b);

    private MnistCharts() {
    }

    /** The mean training loss (cross-entropy of the batches) per epoch, one line per engine. */
    public static XYChart loss(List<String> engines, List<double[]> lossPerEpoch) {
        XYChart chart = perEpoch("Training loss per epoch (mean batch cross-entropy)", "mean batch cross-entropy", engines,
                lossPerEpoch);
        chart.getStyler().setLegendPosition(LegendPosition.InsideNE);   // the loss falls: the top right is free
        return chart;
    }

    /** The test accuracy (percent) after each epoch, one line per engine. */
    public static XYChart accuracy(List<String> engines, List<double[]> accuracyPerEpoch) {
        List<double[]> percent = accuracyPerEpoch.stream().map(a -> {
            double[] p = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                p[i] = 100 * a[i];
            }
            return p;
        }).toList();
        XYChart chart = perEpoch("Test accuracy after each epoch", "test accuracy (%)", engines, percent);
        chart.getStyler().setLegendPosition(LegendPosition.InsideSE);   // the accuracy rises: the bottom right is free
        return chart;
    }

    private static XYChart perEpoch(String title, String yTitle, List<String> engines, List<double[]> values) {
        if (engines.size() != values.size() || engines.isEmpty()) {
            throw new IllegalArgumentException(engines.size() + " engines but " + values.size() + " series");
        }
        XYChart chart = ChartStyle.xyChart(title, "epoch", yTitle);
        for (int e = 0; e < engines.size(); e++) {
            double[] y = values.get(e);
            Check.finite(engines.get(e), y);
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = i + 1;
            }
            boolean dl4j = engines.get(e).equals("dl4j");
            XYSeries series = chart.addSeries(dl4j ? ConvergenceChart.DL4J : ConvergenceChart.HAND, x, y);
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineColor(dl4j ? ChartStyle.DL4J : ChartStyle.HAND);
            series.setMarkerColor(dl4j ? ChartStyle.DL4J : ChartStyle.HAND);
            series.setLineStyle(dl4j ? ChartStyle.dashed(2f) : ChartStyle.stroke(4f));
        }
        chart.getStyler().setXAxisDecimalPattern("0");
        int epochs = values.get(0).length;
        if (epochs > 1) {
            chart.getStyler().setXAxisMax(epochs + 0.0);   // whole epochs only: 1, 2, … (no 1.5)
        }
        range(chart, values);
        if (engines.size() == 2) {
            double apart = largestRelativeGap(values.get(0), values.get(1));
            if (apart <= COINCIDE) {
                // the dashed DL4J line lies on the wide hand-written one: say so, or a reader looks for a second
                String note = apart == 0 ? " (dashed, on the other: identical)"
                        : " (dashed, on the other: within " + ChartStyle.number(apart) + ")";
                for (XYSeries series : chart.getSeriesMap().values()) {
                    if (series.getName().equals(ConvergenceChart.DL4J)) {
                        series.setLabel(ConvergenceChart.DL4J + note);
                    }
                }
            }
        }
        return chart;
    }

    /** Two engines' curves closer than this (relative) are drawn as one and the legend says they coincide. */
    static final double COINCIDE = 1e-6;
    /** The smallest y span drawn, relative to the values' magnitude: two equal curves do not fill the plot. */
    static final double MIN_RELATIVE_SPAN = 0.02;
    /** Room above and below the curves, as a fraction of their span. */
    static final double PAD = 0.1;

    /**
     * One y range for every curve, from their joint minimum to maximum padded by {@link #PAD}, and never narrower
     * than {@link #MIN_RELATIVE_SPAN} of the values: curves that agree to 1e−16 lie on one line in the middle
     * instead of at the top and the bottom of a 1e−16-wide axis. Ticks get as many decimals as the span needs
     * ("0.39", "90.87"), never XChart's "3.884288793033149E-1" or "90.86999999999999".
     */
    static void range(XYChart chart, List<double[]> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] curve : values) {
            for (double v : curve) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(max >= min)) {
            return;   // no values at all
        }
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        double span = Math.max(max - min, Math.max(MIN_RELATIVE_SPAN * magnitude, 1e-9));
        double middle = (min + max) / 2;
        double low = Math.min(min, middle - span / 2) - PAD * span;
        double high = Math.max(max, middle + span / 2) + PAD * span;
        if (min >= 0) {
            low = Math.max(0, low);
        }
        chart.getStyler().setYAxisMin(low);
        chart.getStyler().setYAxisMax(high);
        int decimals = Math.max(0, Math.min(8, 2 - (int) Math.floor(Math.log10(high - low))));
        chart.getStyler().setYAxisDecimalPattern(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals));
    }

    /** max over i of |a_i − b_i| / max(|a_i|, |b_i|) (0 where both are 0). */
    static double largestRelativeGap(double[] a, double[] b) {
        double largest = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            double scale = Math.max(Math.abs(a[i]), Math.abs(b[i]));
            if (scale > 0) {
                largest = Math.max(largest, Math.abs(a[i] - b[i]) / scale);
            }
        }
        return largest;
    }

    /**
     * The ten columns of W as 28×28 images, two rows of five, on one diverging scale symmetric around 0: blue for
     * negative weights (ink there speaks against the digit), white for 0, red for positive.
     *
     * @param weights flat [pixel][digit], W[j·10 + k]
     * @param title   the picture's title
     */
    public static BufferedImage weightTemplates(double[] weights, String title) {
        if (weights.length != SIDE * SIDE * CLASSES) {
            throw new IllegalArgumentException("expected 7840 weights, got " + weights.length);
        }
        return templates(weights, CLASSES, CLASSES, 5, "digit", title);
    }

    /**
     * What a hidden layer's first units look for: column k of the first layer's W (784 pixels → unit k) as a 28×28
     * image, for the first {@code shown} units, eight per row, on one diverging scale symmetric around 0 (blue
     * &lt; 0 &lt; red), as {@link #weightTemplates}.
     *
     * @param weights flat [pixel][unit], W1[j·units + k]
     * @param units   the layer's width (the columns of W1)
     * @param shown   how many units to draw, from unit 0; at most {@code units}
     * @param title   the picture's title
     */
    public static BufferedImage unitTemplates(double[] weights, int units, int shown, String title) {
        if (units < 1 || weights.length != SIDE * SIDE * units) {
            throw new IllegalArgumentException("expected 784 × " + units + " weights, got " + weights.length);
        }
        if (shown < 1 || shown > units) {
            throw new IllegalArgumentException("cannot show " + shown + " of " + units + " units");
        }
        return templates(weights, units, shown, Math.min(8, shown), "unit", title);
    }

    private static BufferedImage templates(double[] weights, int columns, int shown, int perRow, String caption,
                                           String title) {
        Check.finite("weights", weights);
        double limit = 0;
        for (int j = 0; j < SIDE * SIDE; j++) {
            for (int k = 0; k < shown; k++) {
                limit = Math.max(limit, Math.abs(weights[j * columns + k]));
            }
        }
        int rows = (shown + perRow - 1) / perRow;
        int tile = SIDE * ZOOM;
        int width = GAP + perRow * (tile + GAP);
        int height = TITLE + rows * (tile + CAPTION + GAP);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(image);
        try {
            g.setFont(ChartStyle.TITLE_FONT);
            centered(g, title + "  (blue < 0 < red, |w| ≤ " + ChartStyle.number(limit) + ")", width / 2, 24);
            g.setFont(ChartStyle.AXIS_TITLE_FONT);
            for (int k = 0; k < shown; k++) {
                int left = GAP + (k % perRow) * (tile + GAP);
                int top = TITLE + (k / perRow) * (tile + CAPTION + GAP);
                g.setColor(ChartStyle.DATA);
                centered(g, caption + " " + k, left + tile / 2, top + 16);
                for (int j = 0; j < SIDE * SIDE; j++) {
                    g.setColor(diverging(weights[j * columns + k], limit));
                    g.fillRect(left + (j % SIDE) * ZOOM, top + CAPTION + (j / SIDE) * ZOOM, ZOOM, ZOOM);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The confusion matrix as a heat map with the count in each cell; rows are the actual digits, columns the
     * predicted ones; the diagonal holds the correct predictions.
     *
     * @param counts counts[actual][predicted], 10 × 10
     * @param title  the picture's title
     */
    public static BufferedImage confusion(int[][] counts, String title) {
        int k = counts.length;
        int max = 0;
        int total = 0;
        int correct = 0;
        for (int a = 0; a < k; a++) {
            if (counts[a].length != k) {
                throw new IllegalArgumentException("the confusion matrix is not square: row " + a);
            }
            for (int p = 0; p < k; p++) {
                max = Math.max(max, counts[a][p]);
                total += counts[a][p];
            }
            correct += counts[a][a];
        }
        int width = MARGIN + k * CELL + GAP;
        int height = TITLE + MARGIN + k * CELL + GAP;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(image);
        try {
            g.setFont(ChartStyle.TITLE_FONT);
            String accuracy = total == 0 ? "" : String.format(java.util.Locale.ROOT, ", accuracy %.2f %%",
                    100.0 * correct / total);
            centered(g, title + accuracy, width / 2, 24);
            g.setFont(ChartStyle.AXIS_TITLE_FONT);
            centered(g, "predicted digit", MARGIN + k * CELL / 2, TITLE + 18);
            Graphics2D rotated = (Graphics2D) g.create();
            rotated.rotate(-Math.PI / 2);
            centered(rotated, "actual digit", -(TITLE + MARGIN + k * CELL / 2), 20);
            rotated.dispose();
            g.setFont(ChartStyle.TICK_FONT);
            for (int i = 0; i < k; i++) {
                g.setColor(ChartStyle.DATA);
                centered(g, Integer.toString(i), MARGIN + i * CELL + CELL / 2, TITLE + MARGIN - 8);
                centered(g, Integer.toString(i), MARGIN - 14, TITLE + MARGIN + i * CELL + CELL / 2 + 5);
            }
            for (int a = 0; a < k; a++) {
                for (int p = 0; p < k; p++) {
                    double share = max == 0 ? 0 : Math.sqrt((double) counts[a][p] / max); // sqrt: errors stay visible
                    int x = MARGIN + p * CELL;
                    int y = TITLE + MARGIN + a * CELL;
                    g.setColor(mix(Color.WHITE, HEAT, share));
                    g.fillRect(x, y, CELL, CELL);
                    g.setColor(new Color(0xd0d0d0));
                    g.drawRect(x, y, CELL, CELL);
                    g.setColor(share > 0.55 ? Color.WHITE : ChartStyle.DATA);
                    centered(g, Integer.toString(counts[a][p]), x + CELL / 2, y + CELL / 2 + 5);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** White at 0, {@link #POSITIVE} at +limit, {@link #NEGATIVE} at −limit, linear in between. */
    static Color diverging(double value, double limit) {
        if (limit == 0 || value == 0) {
            return Color.WHITE;
        }
        double t = Math.min(1.0, Math.abs(value) / limit);
        return mix(Color.WHITE, value > 0 ? POSITIVE : NEGATIVE, t);
    }

    private static Color mix(Color from, Color to, double t) {
        return new Color((int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
    }

    private static Graphics2D begin(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(ChartStyle.DATA);
        return g;
    }

    private static void centered(Graphics2D g, String text, int x, int baseline) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, x - metrics.stringWidth(text) / 2, baseline);
    }
}
