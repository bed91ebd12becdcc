package nnbasics.explore;

import java.awt.Color;
import java.util.List;
import nnbasics.charts.CellMarker;
import nnbasics.charts.ChartStyle;
import nnbasics.charts.Thinning;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Section 4's 15 × 15 grid as a live chart: one filled cell per visited cell (a series each, added as cells are
 * visited), the path of gradient descent over it and the current point. Built once; {@link #update} adds the new
 * cells and moves the path.
 */
final class GridChart {

    static final String PATH = "path";
    static final String NOW = "now";

    private final XYChart chart;
    private int cellsShown;

    GridChart() {
        chart = Controls.xyChart("Visited cells, coloured by error", "weight w", "bias b");
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(VisitedGrid.WEIGHT_MAX);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(VisitedGrid.BIAS_MAX);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisDecimalPattern("0.0#");
        chart.getStyler().setMarkerSize(10);
        addPath(new double[] {0}, new double[] {0});
    }

    XYChart chart() {
        return chart;
    }

    /** Shows the grid's cells and the path ([w, b] points). */
    void update(VisitedGrid grid, List<double[]> path) {
        List<VisitedGrid.Cell> cells = grid.cells();
        if (cells.size() < cellsShown) { // a reset: start again
            for (int c = 0; c < cellsShown; c++) {
                chart.removeSeries(cellName(c));
            }
            cellsShown = 0;
        }
        chart.removeSeries(PATH);
        chart.removeSeries(NOW);
        CellMarker marker = new CellMarker(chart, VisitedGrid.WEIGHT_MAX / VisitedGrid.CELLS,
                VisitedGrid.BIAS_MAX / VisitedGrid.CELLS);
        for (int c = cellsShown; c < cells.size(); c++) {
            VisitedGrid.Cell cell = cells.get(c);
            XYSeries series = chart.addSeries(cellName(c), new double[] {cell.weight()}, new double[] {cell.bias()});
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            series.setMarker(marker);
            series.setMarkerColor(cell.color());
        }
        cellsShown = cells.size();
        double[] w = new double[path.size()];
        double[] b = new double[path.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = path.get(i)[0];
            b[i] = path.get(i)[1];
        }
        addPath(w, b);
    }

    private void addPath(double[] w, double[] b) {
        int[] kept = Thinning.evenly(w.length, Thinning.MAX_POINTS);
        XYSeries line = chart.addSeries(PATH, Thinning.pick(w, kept), Thinning.pick(b, kept));
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(ChartStyle.PATH);
        int last = w.length - 1;
        XYSeries now = chart.addSeries(NOW, new double[] {w[last]}, new double[] {b[last]});
        now.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        now.setMarker(SeriesMarkers.CIRCLE);
        now.setMarkerColor(Color.WHITE);
    }

    static String cellName(int index) {
        return "cell " + index;
    }
}
