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

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.List;
import java.util.Locale;
import nnbasics.charts.NetworkDiagram.Block;
import nnbasics.charts.NetworkDiagram.Edge;
import nnbasics.charts.NetworkDiagram.EdgeKind;
import nnbasics.charts.NetworkDiagram.Node;
import nnbasics.charts.NetworkDiagram.NodeKind;

/**
 * Writes a {@link NetworkDiagram}'s layout as SVG by hand, element for element what {@link NetworkPainter} draws.
 * Numbers are printed with two decimals in {@link Locale#ROOT}, so the output is the same on every machine.
 */
final class NetworkSvg {

    /** Width of one character of the 11 px edge-label font, to size the label boxes without font metrics. */
    private static final double LABEL_CHAR_WIDTH = 6.6;

    private NetworkSvg() {
    }

    static String write(NetworkDiagram diagram) {
        int width = diagram.width();
        int height = diagram.height();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"DejaVu Sans, Verdana, sans-serif\">%n", width, height, width, height));
        svg.append("  <title>").append(escape(diagram.caption())).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "  <rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(text(24, 30, "start", null, TITLE_FONT, INK, diagram.caption()));
        svg.append(text(24, 52, "start", null, CAPTION_FONT, FORMULA_INK, diagram.formula()));

        List<Edge> edges = diagram.edges();
        for (Edge edge : edges) {
            String color = hex(diagram.edgeColor(edge));
            svg.append(String.format(Locale.ROOT,
                    "  <line class=\"%s\" data-from=\"%d\" data-to=\"%d\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
                            + "stroke=\"%s\" stroke-width=\"%.2f\" stroke-linecap=\"round\"/>%n",
                    edgeClass(edge.kind()), edge.from() + 1, edge.to() + 1, edge.x1(), edge.y1(), edge.x2(), edge.y2(),
                    color, diagram.edgeWidth(edge)));
            svg.append("  <path class=\"arrow\" d=\"").append(path(DiagramLook.arrowhead(edge))).append("\" fill=\"")
                    .append(color).append("\"/>\n");
        }

        Block block = diagram.softmax();
        svg.append(String.format(Locale.ROOT,
                "  <rect class=\"softmax\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" rx=\"8\" fill=\"%s\" "
                        + "stroke=\"%s\" stroke-width=\"2\"/>%n",
                block.x(), block.y(), block.width(), block.height(), hex(SOFTMAX_FILL), hex(SOFTMAX_STROKE)));
        svg.append(text(block.x() + block.width() / 2, block.y() + block.height() / 2, "middle", "central",
                SOFTMAX_FONT, INK, block.label()));

        for (Node node : diagram.nodes()) {
            svg.append(String.format(Locale.ROOT,
                    "  <circle class=\"%s\" data-index=\"%d\" cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\" "
                            + "stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                    node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), node.index() + 1, node.x(), node.y(), node.radius(),
                    hex(DiagramLook.fill(node.kind())), hex(INK)));
            Font font = node.kind() == NodeKind.BIAS || node.kind() == NodeKind.HIDDEN_BIAS ? CAPTION_FONT : NODE_FONT;
            svg.append(text(node.x(), node.y(), "middle", "central", font, INK, node.label()));
            if (!node.caption().isEmpty()) {
                boolean right = DiagramLook.captionOnTheRight(node.kind());
                double x = right ? node.x() + node.radius() + 10 : node.x() - node.radius() - 10;
                svg.append(text(x, node.y(), right ? "start" : "end", "central", CAPTION_FONT, INK, node.caption()));
            }
        }

        for (Edge edge : edges) {
            if (edge.label().isEmpty()) {
                continue;
            }
            double[] at = diagram.labelPosition(edge);
            double boxWidth = LABEL_CHAR_WIDTH * edge.label().length() + 8;
            svg.append(String.format(Locale.ROOT,
                    "  <rect class=\"label-box\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"16\" rx=\"3\" "
                            + "fill=\"#ffffff\" fill-opacity=\"0.88\"/>%n", at[0] - 4, at[1] - 8, boxWidth));
            svg.append(text(at[0], at[1], "start", "central", EDGE_FONT, diagram.edgeColor(edge).darker(), edge.label()));
        }
        NetworkDiagram.Text activation = diagram.activationLabel();
        if (activation != null) {
            svg.append(text(activation.x(), activation.y(), "middle", null, SOFTMAX_FONT, INK, activation.text()));
        }
        for (NetworkDiagram.Text line : diagram.matrices()) {
            svg.append(text(line.x(), line.y(), line.rightAligned() ? "end" : "start", null,
                    line.heading() ? TITLE_FONT : CAPTION_FONT, NetworkPainter.ink(line), line.text()));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A text element; {@code baseline} "central" centres it vertically on y, null keeps y as the baseline. */
    private static String text(double x, double y, String anchor, String baseline, Font font, Color color, String content) {
        return String.format(Locale.ROOT,
                "  <text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\"%s font-size=\"%d\" font-weight=\"%s\" fill=\"%s\">%s</text>%n",
                x, y, anchor, baseline == null ? "" : " dominant-baseline=\"" + baseline + "\"", font.getSize(),
                font.isBold() ? "bold" : "normal", hex(color), escape(content));
    }

    private static String edgeClass(EdgeKind kind) {
        return switch (kind) {
            case WEIGHT -> "weight";
            case BIAS -> "bias-edge";
            case LOGIT_TO_SOFTMAX -> "to-softmax";
            case SOFTMAX_TO_OUTPUT -> "to-output";
            case HIDDEN_WEIGHT -> "hidden-weight";
            case HIDDEN_BIAS -> "hidden-bias-edge";
        };
    }

    /** An SVG path for a polygon ("M x y L x y … Z"). */
    private static String path(Path2D shape) {
        StringBuilder d = new StringBuilder();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(coords)) {
                case PathIterator.SEG_MOVETO -> d.append(String.format(Locale.ROOT, "M%.2f %.2f ", coords[0], coords[1]));
                case PathIterator.SEG_LINETO -> d.append(String.format(Locale.ROOT, "L%.2f %.2f ", coords[0], coords[1]));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("arrowheads are straight lines only");
            }
        }
        return d.toString().trim();
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
