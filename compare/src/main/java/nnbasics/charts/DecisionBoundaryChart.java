package nnbasics.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

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
 * The plane is shaded by the predicted class (a light tint of each class's colour, {@link BoundaryPlane}), so the
 * picture also shows which side is which. A network's curved boundary is {@link NetworkBoundaryChart}.
 *
 * <p>Weights and bias are in raw units (map a standardised model back first). Series: the shaded regions
 * ({@link BoundaryPlane#regionName(String)}, hidden from the legend), one per class that has houses (named by the
 * class), then {@link #BOUNDARY} when the line crosses the plotted area; otherwise the title ends with
 * {@link BoundaryPlane#NO_BOUNDARY}.
 */
public final class DecisionBoundaryChart {

    public static final String BOUNDARY = "decision boundary (z₀ = z₁, P = ½)";
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
        BoundaryPlane.checkShapes(features, labels, classes, featureNames, weights, bias);

        double[] xs = BoundaryPlane.column(features, 0);
        double[] ys = BoundaryPlane.column(features, 1);
        double[] xRange = BoundaryPlane.pad(xs, 0.08);
        double[] yRange = BoundaryPlane.pad(ys, 0.15);
        Optional<Segment> segment = boundary(weights, bias, xRange[0], xRange[1], yRange[0], yRange[1]);

        String fullTitle = segment.isPresent() ? title : title + " (" + BoundaryPlane.NO_BOUNDARY + ")";
        XYChart chart = ChartStyle.xyChart(fullTitle, featureNames.get(0), featureNames.get(1));
        addRegions(chart, weights, bias, classes, xRange, yRange);
        int[] predicted = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            predicted[i] = predictedClass(weights, bias, xs[i], ys[i]);
        }
        BoundaryPlane.addHouses(chart, xs, ys, labels, predicted, classes);
        segment.ifPresent(s -> BoundaryPlane.addBoundary(chart, BOUNDARY, List.of(s.x1(), s.x2()),
                List.of(s.y1(), s.y2()), ChartStyle.dashed(2f)));
        BoundaryPlane.style(chart, xRange, yRange);
        return chart;
    }

    /**
     * Shades the plane by predicted class: a {@value BoundaryPlane#REGION_COLUMNS} ×
     * {@value BoundaryPlane#REGION_ROWS} grid of cells, each coloured (a light tint of the class colour) by the class
     * with the larger logit at the cell's centre. One hidden series per class, named
     * {@link BoundaryPlane#regionName(String)}, drawn first.
     */
    private static void addRegions(XYChart chart, double[][] weights, double[] bias, List<String> classes,
                                   double[] xRange, double[] yRange) {
        double cellWidth = (xRange[1] - xRange[0]) / BoundaryPlane.REGION_COLUMNS;
        double cellHeight = (yRange[1] - yRange[0]) / BoundaryPlane.REGION_ROWS;
        double[][] centres = new double[BoundaryPlane.REGION_COLUMNS * BoundaryPlane.REGION_ROWS][];
        int[] cellClass = new int[centres.length];
        int i = 0;
        for (int column = 0; column < BoundaryPlane.REGION_COLUMNS; column++) {
            for (int row = 0; row < BoundaryPlane.REGION_ROWS; row++) {
                double cx = xRange[0] + (column + 0.5) * cellWidth;
                double cy = yRange[0] + (row + 0.5) * cellHeight;
                centres[i] = new double[] {cx, cy};
                cellClass[i++] = predictedClass(weights, bias, cx, cy);
            }
        }
        BoundaryPlane.addRegions(chart, centres, cellClass, classes, cellWidth, cellHeight);
    }

    /** argmax_k z_k with z_k = x·W[0][k] + y·W[1][k] + b[k] (ties go to class 0). */
    static int predictedClass(double[][] weights, double[] bias, double x, double y) {
        double z0 = x * weights[0][0] + y * weights[1][0] + bias[0];
        double z1 = x * weights[0][1] + y * weights[1][1] + bias[1];
        return z1 > z0 ? 1 : 0;
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

}
