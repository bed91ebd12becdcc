package nnbasics.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;

/**
 * A marker that fills one cell of a regular grid: the rectangle one grid step wide and high in screen pixels,
 * measured from the chart's axes at paint time (so it fits whatever size the chart is painted at), plus half a
 * pixel against seams between neighbours. XChart's own marker size is a single global pixel size, which cannot do
 * this. Only for linear axes, and only for series hidden from the legend (the legend would draw a whole cell).
 */
public final class CellMarker extends Marker {

    private final XYChart chart;
    private final double cellWidth;
    private final double cellHeight;

    /** A cell {@code cellWidth} × {@code cellHeight} in data units of {@code chart}. */
    public CellMarker(XYChart chart, double cellWidth, double cellHeight) {
        this.chart = chart;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
    }

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        // the axes are linear, so one step measured anywhere (here from 0) spans the same pixels
        double width = Math.abs(chart.getScreenXFromChart(cellWidth) - chart.getScreenXFromChart(0)) + 0.5;
        double height = Math.abs(chart.getScreenYFromChart(cellHeight) - chart.getScreenYFromChart(0)) + 0.5;
        g.fill(new Rectangle2D.Double(xOffset - width / 2, yOffset - height / 2, width, height));
    }
}
