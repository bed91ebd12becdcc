package nnbasics.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JComponent;
import nnbasics.charts.ChartStyle;

/**
 * One heat map in the plane of the two features: the cells' colours stretched over the plot, the data points on top
 * (filled with their class colour), a title, the axes' ranges and names, and an optional legend line under it.
 * Painted with Java2D at any size, headless too.
 */
final class HeatMapPanel extends JComponent {

    /** A legend entry: a swatch of {@code colour}, then {@code text}; a null colour is text alone. */
    record Key(Color colour, String text) {
    }

    private final boolean large;
    private String title = "";
    private BufferedImage cells;
    private PlaygroundMaps.Plane plane;
    private double[][] points = new double[0][];
    private int[] labels = new int[0];
    private Color[] colours = new Color[0];
    private List<String> axes = List.of("", "");
    private List<Key> legend = List.of();

    /** @param large the main map (axis names, bigger fonts and points) or a unit's small one */
    HeatMapPanel(boolean large) {
        this.large = large;
        setPreferredSize(large ? new Dimension(560, 480) : new Dimension(150, 120));
        setOpaque(true);
        setBackground(Color.WHITE);
    }

    /** What to draw next; then {@link #repaint()}. */
    void show(String title, BufferedImage cells, PlaygroundMaps.Plane plane, double[][] points, int[] labels,
              Color[] colours, List<String> axes, List<Key> legend) {
        this.title = title;
        this.cells = cells;
        this.plane = plane;
        this.points = points;
        this.labels = labels;
        this.colours = colours;
        this.axes = axes;
        this.legend = legend;
    }

    String title() {
        return title;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            paintMap(g);
        } finally {
            g.dispose();
        }
    }

    private void paintMap(Graphics2D g) {
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, large ? 15 : 11);
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, large ? 12 : 9);
        g.setFont(titleFont);
        FontMetrics tm = g.getFontMetrics();
        int top = tm.getHeight() + 4;
        g.setColor(Color.BLACK);
        g.drawString(fit(g, title, getWidth() - 8), 4, tm.getAscent() + 2);

        g.setFont(tickFont);
        FontMetrics km = g.getFontMetrics();
        int legendHeight = legend.isEmpty() ? 0 : km.getHeight() + 8;
        int left = large ? km.getHeight() + km.stringWidth("0000") + 10 : 4;
        int bottom = (large ? 2 * km.getHeight() + 8 : 4) + legendHeight;
        int right = large ? 12 : 4;
        int w = getWidth() - left - right;
        int h = getHeight() - top - bottom;
        if (w < 10 || h < 10 || cells == null) {
            return;
        }
        // every map keeps the grid's aspect, so that a unit's map and the decision map show the same plane alike
        double aspect = (double) cells.getWidth() / cells.getHeight();
        if (w > h * aspect) {
            int narrower = (int) Math.round(h * aspect);
            left += (w - narrower) / 2;
            w = narrower;
        } else {
            int lower = (int) Math.round(w / aspect);
            h = lower;
        }
        Object interpolation = large ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR;
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.drawImage(cells, left, top, w, h, null);
        g.setColor(Color.GRAY);
        g.drawRect(left, top, w, h);

        double r = large ? 6 : 2.5;
        g.setStroke(new BasicStroke(large ? 1.5f : 0.8f));
        for (int i = 0; i < points.length; i++) {
            double x = left + (points[i][0] - plane.xMin()) / (plane.xMax() - plane.xMin()) * w;
            double y = top + (plane.yMax() - points[i][1]) / (plane.yMax() - plane.yMin()) * h;
            Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(colours[labels[i]]);
            g.fill(dot);
            g.setColor(Color.BLACK);
            g.draw(dot);
        }
        if (large) {
            paintAxes(g, km, left, top, w, h);
        }
        if (!legend.isEmpty()) {
            paintLegend(g, km, left, top + h + bottom - legendHeight + 4);
        }
    }

    private void paintAxes(Graphics2D g, FontMetrics km, int left, int top, int w, int h) {
        g.setColor(Color.DARK_GRAY);
        int y = top + h + km.getAscent() + 3;
        String xMin = ChartStyle.number(plane.xMin());
        String xMax = ChartStyle.number(plane.xMax());
        g.drawString(xMin, left, y);
        g.drawString(xMax, left + w - km.stringWidth(xMax), y);
        g.drawString(axes.get(0), left + (w - km.stringWidth(axes.get(0))) / 2, y + km.getHeight());
        String yMax = ChartStyle.number(plane.yMax());
        String yMin = ChartStyle.number(plane.yMin());
        rotated(g, yMax, left - 4, top + km.stringWidth(yMax));
        rotated(g, yMin, left - 4, top + h);
        rotated(g, axes.get(1), left - 4 - km.getHeight(), top + (h + km.stringWidth(axes.get(1))) / 2);
    }

    /** Text read bottom to top, its baseline at x, starting at y. */
    private static void rotated(Graphics2D g, String text, int x, int y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        g.drawString(text, 0, 0);
        g.setTransform(saved);
    }

    private void paintLegend(Graphics2D g, FontMetrics km, int x, int y) {
        int size = km.getAscent();
        for (Key key : legend) {
            if (key.colour() != null) {
                g.setColor(key.colour());
                g.fillRect(x, y, size, size);
                g.setColor(Color.DARK_GRAY);
                g.drawRect(x, y, size, size);
                x += size + 4;
            }
            g.setColor(Color.BLACK);
            g.drawString(key.text(), x, y + km.getAscent() - 1);
            x += km.stringWidth(key.text()) + 12;
        }
    }

    /** The text, cut with "…" to fit {@code width}. */
    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && m.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
