package nnbasics.charts;

import static nnbasics.charts.DiagramLook.CAPTION_FONT;
import static nnbasics.charts.DiagramLook.EDGE_FONT;
import static nnbasics.charts.DiagramLook.FORMULA_INK;
import static nnbasics.charts.DiagramLook.INK;
import static nnbasics.charts.DiagramLook.NODE_FONT;
import static nnbasics.charts.DiagramLook.SOFTMAX_FILL;
import static nnbasics.charts.DiagramLook.SOFTMAX_FONT;
import static nnbasics.charts.DiagramLook.SOFTMAX_STROKE;
import static nnbasics.charts.DiagramLook.TITLE_FONT;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import nnbasics.charts.NetworkDiagram.Block;
import nnbasics.charts.NetworkDiagram.Edge;
import nnbasics.charts.NetworkDiagram.Node;
import nnbasics.charts.NetworkDiagram.NodeKind;

/**
 * Draws a {@link NetworkDiagram}'s layout with Java2D, onto an image or any component: edges, the softmax block,
 * nodes, then the edge labels on top.
 */
final class NetworkPainter {

    private NetworkPainter() {
    }

    /** The diagram drawn with Java2D, scaled (2.0 for a crisp image on high-density screens). */
    static BufferedImage image(NetworkDiagram diagram, double scale) {
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("scale must be in (0, 8], was " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(diagram.width() * scale),
                (int) Math.ceil(diagram.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            paint(diagram, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    static void paint(NetworkDiagram diagram, Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, diagram.width(), diagram.height());
        g.setColor(INK);
        g.setFont(TITLE_FONT);
        g.drawString(diagram.caption(), 24f, 30f);
        g.setFont(CAPTION_FONT);
        g.setColor(FORMULA_INK);
        g.drawString(diagram.formula(), 24f, 52f);

        List<Edge> edges = diagram.edges();
        for (Edge edge : edges) {
            g.setColor(diagram.edgeColor(edge));
            g.setStroke(new BasicStroke((float) diagram.edgeWidth(edge), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(edge.x1(), edge.y1(), edge.x2(), edge.y2()));
            g.fill(DiagramLook.arrowhead(edge));
        }

        Block block = diagram.softmax();
        RoundRectangle2D box = new RoundRectangle2D.Double(block.x(), block.y(), block.width(), block.height(), 16, 16);
        g.setColor(SOFTMAX_FILL);
        g.fill(box);
        g.setColor(SOFTMAX_STROKE);
        g.setStroke(new BasicStroke(2f));
        g.draw(box);
        g.setFont(SOFTMAX_FONT);
        centered(g, block.label(), block.x() + block.width() / 2, block.y() + block.height() / 2);

        for (Node node : diagram.nodes()) {
            Ellipse2D circle = new Ellipse2D.Double(node.x() - node.radius(), node.y() - node.radius(),
                    2 * node.radius(), 2 * node.radius());
            g.setColor(DiagramLook.fill(node.kind()));
            g.fill(circle);
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(circle);
            g.setFont(node.kind() == NodeKind.BIAS || node.kind() == NodeKind.HIDDEN_BIAS ? CAPTION_FONT : NODE_FONT);
            centered(g, node.label(), node.x(), node.y());
            if (!node.caption().isEmpty()) {
                g.setFont(CAPTION_FONT);
                FontMetrics metrics = g.getFontMetrics();
                float baseline = (float) (node.y() + (metrics.getAscent() - metrics.getDescent()) / 2.0);
                if (DiagramLook.captionOnTheRight(node.kind())) {
                    g.drawString(node.caption(), (float) (node.x() + node.radius() + 10), baseline);
                } else {
                    float x = (float) (node.x() - node.radius() - 10 - metrics.stringWidth(node.caption()));
                    g.drawString(node.caption(), x, baseline);
                }
            }
        }

        paintHiddenLayerText(diagram, g);

        g.setFont(EDGE_FONT);
        FontMetrics metrics = g.getFontMetrics();
        for (Edge edge : edges) {
            if (edge.label().isEmpty()) {
                continue;
            }
            double[] at = diagram.labelPosition(edge);
            double width = metrics.stringWidth(edge.label()) + 8;
            double height = metrics.getAscent() + metrics.getDescent() + 2;
            g.setColor(new Color(255, 255, 255, 225));
            g.fill(new RoundRectangle2D.Double(at[0] - 4, at[1] - height / 2, width, height, 6, 6));
            g.setColor(diagram.edgeColor(edge).darker());
            g.drawString(edge.label(), (float) at[0], (float) (at[1] + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }
    }

    /** The colour of a line of the matrices: red for a negative number, blue for a positive one, else ink. */
    static Color ink(NetworkDiagram.Text line) {
        return line.sign() < 0 ? ChartStyle.BAD.darker() : line.sign() > 0 ? ChartStyle.HAND.darker() : INK;
    }

    /** The activation's name under the hidden column and the matrices' tables under the drawing. */
    private static void paintHiddenLayerText(NetworkDiagram diagram, Graphics2D g) {
        NetworkDiagram.Text activation = diagram.activationLabel();
        if (activation != null) {
            g.setColor(INK);
            g.setFont(SOFTMAX_FONT);
            g.drawString(activation.text(),
                    (float) (activation.x() - g.getFontMetrics().stringWidth(activation.text()) / 2.0),
                    (float) activation.y());
        }
        for (NetworkDiagram.Text line : diagram.matrices()) {
            g.setFont(line.heading() ? TITLE_FONT : CAPTION_FONT);
            g.setColor(ink(line));
            double width = g.getFontMetrics().stringWidth(line.text());
            g.drawString(line.text(), (float) (line.rightAligned() ? line.x() - width : line.x()), (float) line.y());
        }
    }

    /** Draws {@code text} centred on (x, y). */
    private static void centered(Graphics2D g, String text, double x, double y) {
        FontMetrics metrics = g.getFontMetrics();
        float left = (float) (x - metrics.stringWidth(text) / 2.0);
        float baseline = (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
        g.drawString(text, left, baseline);
    }
}
