package nnbasics.compare.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Section 7: the labelled houses in the area × bathrooms plane, one series per class, and the decision boundary of
 * a two-class softmax model — the line where the two logits are equal, so both probabilities are ½:
 * <pre>
 *   z_k = x₁·W[0][k] + x₂·W[1][k] + b[k]
 *   z_0 = z_1  ⇔  a·x₁ + c·x₂ + d = 0   with a = W[0][0] − W[0][1], c = W[1][0] − W[1][1], d = b[0] − b[1]
 * </pre>
 * The line is clipped to the plotted rectangle by intersecting it with the rectangle's four sides, which handles a
 * vertical boundary (c = 0, only the area decides) and a horizontal one (a = 0) alike. When a = c = 0 the logits
 * differ by the constant d everywhere (one class always wins, or they tie) and there is no line; neither is there
 * when the line misses the rectangle. The legend then says so.
 *
 * The plane is shaded by the predicted class (a light tint of each class's colour), so the picture also shows which
 * side is which.
 *
 * <p>Weights and bias are in raw units (map a standardised model back first). Series: the shaded regions
 * ({@link #regionName(String)}, hidden from the legend), one per class that has houses (named by the class), then
 * {@link #BOUNDARY} when the line crosses the plotted area; otherwise the title ends with {@link #NO_BOUNDARY}.
 */
public final class DecisionBoundaryChart {

    public static final String BOUNDARY = "decision boundary (z₀ = z₁, P = ½)";
    /** The rings around the houses whose predicted class is not their label. */
    public static final String MISCLASSIFIED = "misclassified";
    /** Appended to the title when no boundary crosses the plotted area. */
    public static final String NO_BOUNDARY = "none in view: one class wins everywhere";
    /** Resolution of the shaded predicted-class regions. */
    static final int REGION_COLUMNS = 96;
    static final int REGION_ROWS = 48;

    /** A segment of the boundary line, from (x1, y1) to (x2, y2) in raw feature units. */
    public record Segment(double x1, double y1, double x2, double y2) {
    }

    private DecisionBoundaryChart() {
    }

    /**
     * @param features     features[i] = {area, bathrooms} of house i (raw units)
     * @param labels       labels[i] = the index of house i's class in {@code classes}
     * @param classes      the two class names, in the order of the weight columns
     * @param featureNames the two feature names for the axes, e.g. "area (sq ft)", "bathrooms"
     * @param weights      weights[feature][class], raw units (2 × 2)
     * @param bias         bias[class], raw units (2)
     * @param title        the chart title
     */
    public static XYChart chart(double[][] features, int[] labels, List<String> classes, List<String> featureNames,
                                double[][] weights, double[] bias, String title) {
        checkShapes(features, labels, classes, featureNames, weights, bias);

        double[] xs = column(features, 0);
        double[] ys = column(features, 1);
        double[] xRange = pad(xs, 0.08);
        double[] yRange = pad(ys, 0.15);
        Optional<Segment> segment = boundary(weights, bias, xRange[0], xRange[1], yRange[0], yRange[1]);

        String fullTitle = segment.isPresent() ? title : title + " (" + NO_BOUNDARY + ")";
        XYChart chart = ChartStyle.xyChart(fullTitle, featureNames.get(0), featureNames.get(1));
        addRegions(chart, weights, bias, classes, xRange, yRange);
        int[] predicted = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            predicted[i] = predictedClass(weights, bias, xs[i], ys[i]);
        }
        addHouses(chart, xs, ys, labels, predicted, classes);
        segment.ifPresent(s -> {
            XYSeries line = chart.addSeries(BOUNDARY, new double[] {s.x1(), s.x2()}, new double[] {s.y1(), s.y2()});
            line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(ChartStyle.DATA);
            line.setLineStyle(ChartStyle.dashed(2f));
        });
        style(chart, xRange, yRange);
        return chart;
    }

    /** The legend entry of a network's curved boundary. */
    public static final String CURVED_BOUNDARY = "decision boundary (P = ½)";
    /** The contour of a network's boundary is traced on a grid this much finer than the shaded cells. */
    static final int CONTOUR_REFINEMENT = 2;

    /**
     * The probabilities of a two-class model at points of the plane, in raw units: a network whose boundary is a
     * curve, which no line formula gives.
     */
    @FunctionalInterface
    public interface Probabilities {
        /** @return [point][class], each row summing to 1, for the points [point] = {x₁, x₂} (raw units) */
        double[][] at(double[][] points);
    }

    /**
     * The same picture for any two-class model given by its probabilities (a hidden-layer network): the plane
     * shaded by the predicted class (argmax p, ties to class 0), the houses, the misclassified ones ringed, and the
     * boundary P₁ = ½ traced by marching squares on a grid {@value #CONTOUR_REFINEMENT} times finer than the
     * shading, each crossing placed by linear interpolation of P₁ − P₀ along the cell's side. The boundary is one
     * series whose pieces are separated by NaN (XChart leaves a gap there), named {@link #CURVED_BOUNDARY}; without
     * a crossing the title ends with {@link #NO_BOUNDARY}.
     */
    public static XYChart network(double[][] features, int[] labels, List<String> classes, List<String> featureNames,
                                  Probabilities model, String title) {
        checkShapes(features, labels, classes, featureNames, new double[2][2], new double[2]);
        double[] xs = column(features, 0);
        double[] ys = column(features, 1);
        double[] xRange = pad(xs, 0.08);
        double[] yRange = pad(ys, 0.15);

        int columns = REGION_COLUMNS * CONTOUR_REFINEMENT;
        int rows = REGION_ROWS * CONTOUR_REFINEMENT;
        double[][] grid = new double[(columns + 1) * (rows + 1)][];
        for (int c = 0; c <= columns; c++) {
            for (int r = 0; r <= rows; r++) {
                grid[c * (rows + 1) + r] = new double[] {xRange[0] + c * (xRange[1] - xRange[0]) / columns,
                        yRange[0] + r * (yRange[1] - yRange[0]) / rows};
            }
        }
        double[][] p = model.at(grid);
        double[] margin = new double[grid.length]; // P₁ − P₀: positive where class 1 wins
        for (int i = 0; i < grid.length; i++) {
            margin[i] = p[i][1] - p[i][0];
        }
        List<Double> lineX = new ArrayList<>();
        List<Double> lineY = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                contourCell(grid, margin, rows + 1, c, r, lineX, lineY);
            }
        }
        boolean crosses = !lineX.isEmpty();
        XYChart chart = ChartStyle.xyChart(crosses ? title : title + " (" + NO_BOUNDARY + ")", featureNames.get(0),
                featureNames.get(1));
        // the shaded cells: the class predicted at each cell's centre
        double cellWidth = (xRange[1] - xRange[0]) / REGION_COLUMNS;
        double cellHeight = (yRange[1] - yRange[0]) / REGION_ROWS;
        double[][] centres = new double[REGION_COLUMNS * REGION_ROWS][];
        for (int column = 0; column < REGION_COLUMNS; column++) {
            for (int row = 0; row < REGION_ROWS; row++) {
                centres[column * REGION_ROWS + row] = new double[] {xRange[0] + (column + 0.5) * cellWidth,
                        yRange[0] + (row + 0.5) * cellHeight};
            }
        }
        int[] cellClass = argmax(model.at(centres));
        addRegions(chart, centres, cellClass, classes, cellWidth, cellHeight);
        int[] predicted = argmax(model.at(features));
        addHouses(chart, xs, ys, labels, predicted, classes);
        if (crosses) {
            XYSeries line = chart.addSeries(CURVED_BOUNDARY, lineX, lineY);
            line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(ChartStyle.DATA);
            line.setLineStyle(ChartStyle.stroke(2f));
        }
        style(chart, xRange, yRange);
        return chart;
    }

    /**
     * Marching squares on one cell of the contour grid: the sides whose ends have margins of opposite sign are
     * crossed by the boundary; the crossings are joined in pairs (the saddle case, four crossings, pairs them by
     * the side order, which is enough for a picture), each piece followed by a NaN gap.
     */
    private static void contourCell(double[][] grid, double[] margin, int stride, int c, int r, List<Double> lineX,
                                    List<Double> lineY) {
        int[] corners = {c * stride + r, (c + 1) * stride + r, (c + 1) * stride + r + 1, c * stride + r + 1};
        List<double[]> crossings = new ArrayList<>(4);
        for (int side = 0; side < 4; side++) {
            int a = corners[side];
            int b = corners[(side + 1) % 4];
            if ((margin[a] > 0) != (margin[b] > 0)) {
                double t = margin[a] / (margin[a] - margin[b]); // where the linear interpolation is 0
                crossings.add(new double[] {grid[a][0] + t * (grid[b][0] - grid[a][0]),
                        grid[a][1] + t * (grid[b][1] - grid[a][1])});
            }
        }
        for (int i = 0; i + 1 < crossings.size(); i += 2) {
            lineX.add(crossings.get(i)[0]);
            lineY.add(crossings.get(i)[1]);
            lineX.add(crossings.get(i + 1)[0]);
            lineY.add(crossings.get(i + 1)[1]);
            lineX.add(Double.NaN);
            lineY.add(Double.NaN);
        }
    }

    private static int[] argmax(double[][] p) {
        int[] best = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            best[i] = p[i][1] > p[i][0] ? 1 : 0;
        }
        return best;
    }

    /** The shaded cells, of {@link #chart} and {@link #network}: one hidden series per class, and its legend square. */
    private static void addRegions(XYChart chart, double[][] centres, int[] cellClass, List<String> classes,
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
    private static void addHouses(XYChart chart, double[] xs, double[] ys, int[] labels, int[] predicted,
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

    private static void style(XYChart chart, double[] xRange, double[] yRange) {
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

    /**
     * Shades the plane by predicted class: a {@value #REGION_COLUMNS} × {@value #REGION_ROWS} grid of cells, each
     * coloured (a light tint of the class colour) by the class with the larger logit at the cell's centre. One hidden
     * series per class, named {@link #regionName(String)}, drawn first.
     */
    private static void addRegions(XYChart chart, double[][] weights, double[] bias, List<String> classes,
                                   double[] xRange, double[] yRange) {
        double cellWidth = (xRange[1] - xRange[0]) / REGION_COLUMNS;
        double cellHeight = (yRange[1] - yRange[0]) / REGION_ROWS;
        double[][] centres = new double[REGION_COLUMNS * REGION_ROWS][];
        int[] cellClass = new int[centres.length];
        int i = 0;
        for (int column = 0; column < REGION_COLUMNS; column++) {
            for (int row = 0; row < REGION_ROWS; row++) {
                double cx = xRange[0] + (column + 0.5) * cellWidth;
                double cy = yRange[0] + (row + 0.5) * cellHeight;
                centres[i] = new double[] {cx, cy};
                cellClass[i++] = predictedClass(weights, bias, cx, cy);
            }
        }
        addRegions(chart, centres, cellClass, classes, cellWidth, cellHeight);
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

    /** argmax_k z_k with z_k = x·W[0][k] + y·W[1][k] + b[k] (ties go to class 0). */
    static int predictedClass(double[][] weights, double[] bias, double x, double y) {
        double z0 = x * weights[0][0] + y * weights[1][0] + bias[0];
        double z1 = x * weights[0][1] + y * weights[1][1] + bias[1];
        return z1 > z0 ? 1 : 0;
    }

    /** 14% of the colour over white, opaque: the regions. */
    private static Color tint(Color color) {
        return tint(color, 0.14);
    }

    /**
     * The legend's square of a region, a little stronger than the region (30%) so that it stands out from the
     * legend's white; the cells hide its one point.
     */
    private static final java.util.function.UnaryOperator<Color> REGION_KEY = c -> tint(c, 0.30);

    private static Color tint(Color color, double a) {
        return new Color(
                (int) Math.round(255 + a * (color.getRed() - 255)),
                (int) Math.round(255 + a * (color.getGreen() - 255)),
                (int) Math.round(255 + a * (color.getBlue() - 255)));
    }

    /**
     * The part of the line z₀ = z₁ inside [xMin, xMax] × [yMin, yMax], if any: the two intersections of the line with
     * the rectangle's sides that lie farthest apart.
     */
    public static Optional<Segment> boundary(double[][] weights, double[] bias,
                                             double xMin, double xMax, double yMin, double yMax) {
        double a = weights[0][0] - weights[0][1];
        double c = weights[1][0] - weights[1][1];
        double d = bias[0] - bias[1];
        // a·x + c·y + d = 0
        List<double[]> hits = new ArrayList<>();
        double xSlack = 1e-12 * (xMax - xMin);
        double ySlack = 1e-12 * (yMax - yMin);
        if (c != 0) {
            for (double x : new double[] {xMin, xMax}) {
                double y = -(a * x + d) / c;
                if (y >= yMin - ySlack && y <= yMax + ySlack) {
                    hits.add(new double[] {x, Math.min(yMax, Math.max(yMin, y))});
                }
            }
        }
        if (a != 0) {
            for (double y : new double[] {yMin, yMax}) {
                double x = -(c * y + d) / a;
                if (x >= xMin - xSlack && x <= xMax + xSlack) {
                    hits.add(new double[] {Math.min(xMax, Math.max(xMin, x)), y});
                }
            }
        }
        double best = 0;
        Segment farthest = null;
        for (int p = 0; p < hits.size(); p++) {
            for (int q = p + 1; q < hits.size(); q++) {
                // distance measured in units of the rectangle, so area (thousands) does not drown bathrooms (units)
                double dx = (hits.get(q)[0] - hits.get(p)[0]) / (xMax - xMin);
                double dy = (hits.get(q)[1] - hits.get(p)[1]) / (yMax - yMin);
                double distance = dx * dx + dy * dy;
                if (distance > best) {
                    best = distance;
                    farthest = new Segment(hits.get(p)[0], hits.get(p)[1], hits.get(q)[0], hits.get(q)[1]);
                }
            }
        }
        return Optional.ofNullable(farthest);
    }

    /** Green for a class called "good", red for "bad", otherwise the shared colour sequence. */
    static Color classColor(String name, int index) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "good" -> ChartStyle.GOOD;
            case "bad" -> ChartStyle.BAD;
            default -> ChartStyle.sequence(index);
        };
    }

    private static double[] column(double[][] rows, int j) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][j];
        }
        return column;
    }

    private static double[] pad(double[] values, double fraction) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double pad = max > min ? fraction * (max - min) : Math.max(fraction * Math.abs(min), 1.0);
        return new double[] {min - pad, max + pad};
    }

    private static void checkShapes(double[][] features, int[] labels, List<String> classes, List<String> featureNames,
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
