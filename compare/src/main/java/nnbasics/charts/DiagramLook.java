package nnbasics.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import nnbasics.charts.NetworkDiagram.Edge;
import nnbasics.charts.NetworkDiagram.NodeKind;

/**
 * How a {@link NetworkDiagram} looks, shared by its two renderers ({@link NetworkPainter}, {@link NetworkSvg}): the
 * colours, the fonts, each node's fill, which side its caption sits on, and the arrowheads.
 */
final class DiagramLook {

    /** Length of an arrowhead. */
    private static final double ARROW = 9;

    static final Color INK = new Color(0x202020);
    static final Color FORMULA_INK = new Color(0x555555);
    static final Color EDGE = new Color(0x9e9e9e);
    static final Color INPUT_FILL = new Color(0xdbe9f6);
    static final Color LOGIT_FILL = new Color(0xf0f0f0);
    static final Color BIAS_FILL = new Color(0xfff3cd);
    static final Color SOFTMAX_FILL = new Color(0xede7f6);
    static final Color SOFTMAX_STROKE = new Color(0x7e57c2);
    static final Color OUTPUT_FILL = new Color(0xe3f4e1);
    static final Color HIDDEN_FILL = new Color(0xffe0b2);
    static final Font NODE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font EDGE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SOFTMAX_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private DiagramLook() {
    }

    /** A filled triangle at the edge's second end, pointing along the edge. */
    static Path2D arrowhead(Edge edge) {
        double dx = edge.x2() - edge.x1();
        double dy = edge.y2() - edge.y1();
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        double baseX = edge.x2() - ux * ARROW;
        double baseY = edge.y2() - uy * ARROW;
        double half = ARROW * 0.45;
        Path2D.Double path = new Path2D.Double();
        path.moveTo(edge.x2(), edge.y2());
        path.lineTo(baseX - uy * half, baseY + ux * half);
        path.lineTo(baseX + uy * half, baseY - ux * half);
        path.closePath();
        return path;
    }

    /** Captions of inputs sit left of the node, those of biases and outputs right of it (away from the edges). */
    static boolean captionOnTheRight(NodeKind kind) {
        return kind == NodeKind.BIAS || kind == NodeKind.OUTPUT;
    }

    /** The fill colour of a node. */
    static Color fill(NodeKind kind) {
        return switch (kind) {
            case INPUT -> INPUT_FILL;
            case BIAS, HIDDEN_BIAS -> BIAS_FILL;
            case LOGIT -> LOGIT_FILL;
            case OUTPUT -> OUTPUT_FILL;
            case HIDDEN -> HIDDEN_FILL;
        };
    }
}
