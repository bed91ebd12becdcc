package nnbasics.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * Section 10.3: the labelled houses and the curved decision boundary of a two-class network, P₁ = ½, which no line
 * formula gives; traced on a grid from the model's probabilities.
 */
public final class NetworkBoundaryChart {

    /** The legend entry of a network's curved boundary. */
    public static final String CURVED_BOUNDARY = "decision boundary (P = ½)";
    /** The contour of a network's boundary is traced on a grid this much finer than the shaded cells. */
    static final int CONTOUR_REFINEMENT = 2;

    private NetworkBoundaryChart() {
    }

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
     * a crossing the title ends with {@link BoundaryPlane#NO_BOUNDARY}.
     */
    public static XYChart chart(double[][] features, int[] labels, List<String> classes, List<String> featureNames,
                                Probabilities model, String title) {
        BoundaryPlane.checkShapes(features, labels, classes, featureNames, new double[2][2], new double[2]);
        double[] xs = BoundaryPlane.column(features, 0);
        double[] ys = BoundaryPlane.column(features, 1);
        double[] xRange = BoundaryPlane.pad(xs, 0.08);
        double[] yRange = BoundaryPlane.pad(ys, 0.15);

        int columns = BoundaryPlane.REGION_COLUMNS * CONTOUR_REFINEMENT;
        int rows = BoundaryPlane.REGION_ROWS * CONTOUR_REFINEMENT;
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
        XYChart chart = ChartStyle.xyChart(crosses ? title : title + " (" + BoundaryPlane.NO_BOUNDARY + ")", featureNames.get(0),
                featureNames.get(1));
        // the shaded cells: the class predicted at each cell's centre
        double cellWidth = (xRange[1] - xRange[0]) / BoundaryPlane.REGION_COLUMNS;
        double cellHeight = (yRange[1] - yRange[0]) / BoundaryPlane.REGION_ROWS;
        double[][] centres = new double[BoundaryPlane.REGION_COLUMNS * BoundaryPlane.REGION_ROWS][];
        for (int column = 0; column < BoundaryPlane.REGION_COLUMNS; column++) {
            for (int row = 0; row < BoundaryPlane.REGION_ROWS; row++) {
                centres[column * BoundaryPlane.REGION_ROWS + row] = new double[] {xRange[0] + (column + 0.5) * cellWidth,
                        yRange[0] + (row + 0.5) * cellHeight};
            }
        }
        int[] cellClass = argmax(model.at(centres));
        BoundaryPlane.addRegions(chart, centres, cellClass, classes, cellWidth, cellHeight);
        int[] predicted = argmax(model.at(features));
        BoundaryPlane.addHouses(chart, xs, ys, labels, predicted, classes);
        if (crosses) {
            BoundaryPlane.addBoundary(chart, CURVED_BOUNDARY, lineX, lineY, ChartStyle.stroke(2f));
        }
        BoundaryPlane.style(chart, xRange, yRange);
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
}
