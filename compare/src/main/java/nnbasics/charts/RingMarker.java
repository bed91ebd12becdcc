package nnbasics.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * An open ring around a point, twice the marker size across, so that it encircles the point's own marker (a
 * misclassified house) and stays readable in the legend.
 */
final class RingMarker extends Marker {

    /** The ring's line width in pixels. */
    private static final float WIDTH = 2f;

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        double diameter = 2.0 * markerSize;
        g.setStroke(new BasicStroke(WIDTH));
        g.draw(new Ellipse2D.Double(xOffset - diameter / 2, yOffset - diameter / 2, diameter, diameter));
    }
}
