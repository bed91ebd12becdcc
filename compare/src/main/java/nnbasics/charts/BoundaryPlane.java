package nnbasics.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plane under both decision-boundary charts ({@link DecisionBoundaryChart}, a line; {@link NetworkBoundaryChart},
 * a curve): the area × bathrooms rectangle padded around the houses, shaded by the predicted class, the houses one
 * series per class with the misclassified ones ringed, and the checks of the shapes.
 */
public final class BoundaryPlane {

    /** Appended to the title when no boundary crosses the plotted area. */
    public static final String NO_BOUNDARY = "none in view: one class wins everywhere";
    /** The rings around the houses whose predicted class is not their label. */
    public static final String MISCLASSIFIED = "misclassified";
    /** Resolution of the shaded predicted-class regions. */
    static final int REGION_COLUMNS = 96;
    static final int REGION_ROWS = 48;

    private BoundaryPlane() {
    }

    /** The shaded cells, of {@link DecisionBoundaryChart#chart} and {@link NetworkBoundaryChart#chart}: one hidden series per class, and its legend square. */
    static void addRegions(XYChart chart, double[][] centres, int[] cellClass, List<String> classes,
                                   double cellWidth, double cellHeight) {
        Marker cell = new CellMarker(chart, cellWidth, cellHeight);
        // every legend square first, so that the cells of every region hide its one point (a square larger than a
        // cell would otherwise show over the neighbouring region)
        for (int k = 0; k < classes.size(); k++) {
            for (int i = 0; i < centres.length; i++) {
                if (cellClass[i] == k) {
                    XYSeries key = chart.addSeries(regionLegendName(classes.get(k)), new double[] {centres[i][0]},
                            new double[] {centres[i][1]});
                    key.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                    key.setMarker(SeriesMarkers.SQUARE);
                    key.setMarkerColor(REGION_KEY.apply(classColor(classes.get(k), k)));
                    break;
                }
            }
        }
        for (int k = 0; k < classes.size(); k++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < centres.length; i++) {
                if (cellClass[i] == k) {
                    x.add(centres[i][0]);
                    y.add(centres[i][1]);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries region = chart.addSeries(regionName(classes.get(k)), x, y);
            region.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            region.setMarker(cell);
            region.setMarkerColor(tint(classColor(classes.get(k), k)));
            region.setShowInLegend(false);
        }
    }

    /** The houses, one series per class, and the ring around each whose predicted class is not its label. */
    static void addHouses(XYChart chart, double[] xs, double[] ys, int[] labels, int[] predicted,
                                  List<String> classes) {
        Marker[] markers = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP};
        for (int k = 0; k < classes.size(); k++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == k) {
                    x.add(xs[i]);
                    y.add(ys[i]);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(classes.get(k), x, y);
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            series.setMarker(markers[k % markers.length]);
            series.setMarkerColor(classColor(classes.get(k), k));
        }
        List<Double> wrongX = new ArrayList<>();
        List<Double> wrongY = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] != labels[i]) {
                wrongX.add(xs[i]);
                wrongY.add(ys[i]);
            }
        }
        if (!wrongX.isEmpty()) {
            XYSeries wrong = chart.addSeries(MISCLASSIFIED, wrongX, wrongY);
            wrong.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            wrong.setMarker(new RingMarker());
            wrong.setMarkerColor(ChartStyle.DATA);
            wrong.setLabel(misclassifiedLabel(wrongX.size(), labels.length));
        }
    }

    /** The boundary as a line of the data colour, 2 px, in the given stroke (solid or dashed). */
    static void addBoundary(XYChart chart, String name, List<Double> x, List<Double> y, java.awt.BasicStroke stroke) {
        XYSeries line = chart.addSeries(name, x, y);
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(ChartStyle.DATA);
        line.setLineStyle(stroke);
    }

    static void style(XYChart chart, double[] xRange, double[] yRange) {
        chart.getStyler().setXAxisMin(xRange[0]);
        chart.getStyler().setXAxisMax(xRange[1]);
        chart.getStyler().setYAxisMin(yRange[0]);
        chart.getStyler().setYAxisMax(yRange[1]);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setMarkerSize(12);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    }

    /** The legend entry of the shaded region where {@code className} is predicted: "region predicted good". */
    public static String regionLegendName(String className) {
        return "region predicted " + className;
    }

    /** "misclassified: 3 of 10 houses (ring)". */
    static String misclassifiedLabel(int wrong, int all) {
        return "misclassified: " + wrong + " of " + all + (all == 1 ? " house" : " houses") + " (ring)";
    }

    /** The series name of the shaded region where {@code className} is predicted. */
    public static String regionName(String className) {
        return "predicted " + className;
    }

    /** 14% of the colour over white, opaque: the regions. */
    static Color tint(Color color) {
        return tint(color, 0.14);
    }

    /**
     * The legend's square of a region, a little stronger than the region (30%) so that it stands out from the
     * legend's white; the cells hide its one point.
     */
    static final UnaryOperator<Color> REGION_KEY = c -> tint(c, 0.30);

    static Color tint(Color color, double a) {
        return new Color(
                (int) Math.round(255 + a * (color.getRed() - 255)),
                (int) Math.round(255 + a * (color.getGreen() - 255)),
                (int) Math.round(255 + a * (color.getBlue() - 255)));
    }

    /** Green for a class called "good", red for "bad", otherwise the shared colour sequence. */
    static Color classColor(String name, int index) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "good" -> ChartStyle.GOOD;
            case "bad" -> ChartStyle.BAD;
            default -> ChartStyle.sequence(index);
        };
    }

    static double[] column(double[][] rows, int j) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][j];
        }
        return column;
    }

    static double[] pad(double[] values, double fraction) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double pad = max > min ? fraction * (max - min) : Math.max(fraction * Math.abs(min), 1.0);
        return new double[] {min - pad, max + pad};
    }

    static void checkShapes(double[][] features, int[] labels, List<String> classes, List<String> featureNames,
                                    double[][] weights, double[] bias) {
        if (classes.size() != 2) {
            throw new IllegalArgumentException("a decision boundary line needs exactly 2 classes, found " + classes.size());
        }
        if (featureNames.size() != 2) {
            throw new IllegalArgumentException("the plane needs exactly 2 features, found " + featureNames.size());
        }
        if (features.length == 0) {
            throw new IllegalArgumentException("features is empty: nothing to draw");
        }
        Check.sameLength("features (rows)", features.length, "labels", labels.length);
        for (int i = 0; i < features.length; i++) {
            Check.sameLength("features[" + i + "]", features[i].length, "featureNames", 2);
            Check.finite("features[" + i + "]", features[i]);
            if (labels[i] < 0 || labels[i] >= classes.size()) {
                throw new IllegalArgumentException("labels[" + i + "] is " + labels[i] + ": not an index into " + classes);
            }
        }
        Check.sameLength("weights (rows, one per feature)", weights.length, "featureNames", 2);
        for (int j = 0; j < weights.length; j++) {
            Check.sameLength("weights[" + j + "] (one per class)", weights[j].length, "classes", 2);
            Check.finite("weights[" + j + "]", weights[j]);
        }
        Check.sameLength("bias", bias.length, "classes", 2);
        Check.finite("bias", bias);
    }
}
