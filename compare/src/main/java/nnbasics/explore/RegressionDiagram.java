package nnbasics.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import javax.swing.JPanel;
import nnbasics.charts.ChartStyle;

/**
 * The network of section 5 with its current values: the inputs (area, bathrooms) each multiplied by its weight,
 * the bias, summed into the predicted price. ŷ = w1·x1 + w2·x2 + b. Drawn with Java2D, scaled to the panel.
 */
final class RegressionDiagram extends JPanel {

    private static final double WIDTH = 620;
    private static final double HEIGHT = 300;
    private static final Font NODE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private final List<String> inputs;
    private double[] parameters;

    /** @param inputs the feature names; parameters are {@code [w_1 … w_n, b]} */
    RegressionDiagram(List<String> inputs, double[] parameters) {
        this.inputs = List.copyOf(inputs);
        this.parameters = parameters.clone();
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension((int) WIDTH, (int) HEIGHT));
    }

    void show(double[] parameters) {
        this.parameters = parameters.clone();
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double scale = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
            g.translate((getWidth() - WIDTH * scale) / 2, (getHeight() - HEIGHT * scale) / 2);
            g.scale(scale, scale);
            paintDiagram(g);
        } finally {
            g.dispose();
        }
    }

    private void paintDiagram(Graphics2D g) {
        int n = inputs.size();
        double outX = 470;
        double outY = 170;
        double r = 26;
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString("ŷ = w1·area + w2·bathrooms + b", 20, 26);
        for (int j = 0; j < n; j++) {
            double y = n == 1 ? outY : 110 + j * 120.0 / (n - 1);
            double x = 130;
            double w = parameters[j];
            g.setColor(w < 0 ? ChartStyle.BAD : ChartStyle.HAND);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(x + r, y, outX - r, outY));
            node(g, x, y, r, "x" + (j + 1), new Color(0xdbe9f6));
            g.setFont(NODE);
            g.setColor(Color.DARK_GRAY);
            FontMetrics m = g.getFontMetrics();
            g.drawString(inputs.get(j), (float) (x - r - 10 - m.stringWidth(inputs.get(j))), (float) y + 5);
            g.setFont(LABEL);
            g.setColor(w < 0 ? ChartStyle.BAD.darker() : ChartStyle.HAND.darker());
            g.drawString("w" + (j + 1) + " = " + value(w), (float) ((x + outX) / 2 - 40), (float) ((y + outY) / 2 - 8));
        }
        double bx = outX;
        double by = 60;
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(bx, by + 16, outX, outY - r));
        node(g, bx, by, 16, "b", new Color(0xfff3cd));
        g.setFont(LABEL);
        g.setColor(Color.BLACK);
        g.drawString("b = " + value(parameters[n]), (float) bx + 24, (float) by + 5);
        node(g, outX, outY, r, "Σ", new Color(0xe3f4e1));
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(outX + r, outY, outX + r + 50, outY));
        g.setFont(NODE);
        g.drawString("price", (float) (outX + r + 56), (float) outY + 5);
    }

    private static void node(Graphics2D g, double x, double y, double r, String label, Color fill) {
        Ellipse2D circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(fill);
        g.fill(circle);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(circle);
        g.setFont(NODE);
        FontMetrics m = g.getFontMetrics();
        g.drawString(label, (float) (x - m.stringWidth(label) / 2.0), (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
    }

    private static String value(double v) {
        return ChartStyle.number(v).replace('-', '−');
    }
}
