package nnbasics.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A network drawn as a diagram: inputs x₁ … xₙ on the left, one weight edge per connection, one bias per unit, the
 * logits z_k feeding a softmax block, and the outputs y₁ … y_k on the right. Two topologies, one class each:
 * {@link SoftmaxDiagram} (section 7's softmax regression, {@link #of(int, int)}) and {@link HiddenLayerDiagram}
 * (the guide's unpublished "enter the matrix", {@link #withHiddenLayer(int, int, String, int)}). This class holds
 * what they share: the layout's parts and grid, the output column (biases, logits, softmax, outputs) and the two
 * renderers.
 *
 * <p>The diagram is laid out once ({@link #nodes()}, {@link #edges()}, {@link #softmax()}, in pixels) and rendered
 * two ways from the same layout: with Java2D into a {@link BufferedImage} ({@code NetworkPainter}), and as an SVG
 * document written by hand ({@code NetworkSvg}; every weight edge is a {@code <line class="weight">}, every bias
 * edge a {@code <line class="bias-edge">}). The layout is public so an interactive window can hit-test nodes and
 * edges, and {@link #paint(Graphics2D)} draws onto any component. Instances are immutable.
 */
public abstract sealed class NetworkDiagram permits SoftmaxDiagram, HiddenLayerDiagram {

    /** Largest number of features or classes drawn (more would not fit one picture legibly). */
    public static final int MAX_NODES = 10;

    /** What a node stands for. */
    public enum NodeKind { INPUT, BIAS, LOGIT, OUTPUT, HIDDEN, HIDDEN_BIAS }

    /** What an edge connects. */
    public enum EdgeKind { WEIGHT, BIAS, LOGIT_TO_SOFTMAX, SOFTMAX_TO_OUTPUT, HIDDEN_WEIGHT, HIDDEN_BIAS }

    /**
     * A node: a circle centred at (x, y).
     *
     * @param index   0-based feature (INPUT), hidden unit (HIDDEN, HIDDEN_BIAS) or class (BIAS, LOGIT, OUTPUT) index
     * @param label   the text inside the circle, e.g. "x₁"
     * @param caption the text beside it (left of inputs, right of biases and outputs): a feature or class name, a
     *                bias value; may be empty
     */
    public record Node(NodeKind kind, int index, String label, String caption, double x, double y, double radius) {
    }

    /**
     * An edge from (x1, y1) to (x2, y2), drawn with an arrowhead at the second end.
     *
     * @param from  0-based index of the source (feature or hidden unit for weights, class otherwise)
     * @param to    0-based index of the target (hidden unit or class)
     * @param label the text on the edge (a weight value), may be empty
     */
    public record Edge(EdgeKind kind, int from, int to, double x1, double y1, double x2, double y2, String label) {
    }

    /** The softmax block: a rounded rectangle with its top-left corner at (x, y). */
    public record Block(String label, double x, double y, double width, double height) {
    }

    /**
     * A line of text of the matrices under a diagram with a hidden layer.
     *
     * @param x          where it starts, or where it ends when {@code rightAligned} (numbers line up that way)
     * @param y          its baseline
     * @param heading    a table's title (bold) rather than a name or a number
     * @param sign       −1 for a negative value (red), +1 for a positive one (blue), 0 for names (ink)
     */
    public record Text(String text, double x, double y, boolean heading, boolean rightAligned, int sign) {
    }

    static final double ROW = 100;
    static final double TOP = 86;
    static final double BOTTOM = 24;
    static final double WIDTH = 860;
    static final double INPUT_X = 170;
    static final double LOGIT_X = 450;
    static final double SOFTMAX_X = 555;
    static final double SOFTMAX_WIDTH = 96;
    static final double OUTPUT_X = 730;
    static final double RADIUS = 24;
    static final double BIAS_RADIUS = 14;
    static final double BIAS_OFFSET = 48;

    final int features;
    final int classes;
    final List<String> inputNames;
    final List<String> classNames;
    /** The output layer's W [inputs or hidden units][classes] and b, or null before values are given. */
    final double[][] weights;
    final double[] bias;

    NetworkDiagram(int features, int classes, List<String> inputNames, List<String> classNames, double[][] weights,
                   double[] bias) {
        this.features = features;
        this.classes = classes;
        this.inputNames = inputNames;
        this.classNames = classNames;
        this.weights = weights;
        this.bias = bias;
    }

    /** Softmax regression, bare: {@code features} inputs and {@code classes} outputs (each 1 … {@value #MAX_NODES}). */
    public static SoftmaxDiagram of(int features, int classes) {
        checkCount("features", features);
        checkCount("classes", classes);
        return new SoftmaxDiagram(features, classes, List.of(), List.of(), null, null);
    }

    /**
     * A network with one hidden layer: {@code features} inputs, {@code hidden} units with activation
     * {@code activation}, {@code classes} outputs (each 1 … {@value #MAX_NODES}).
     */
    public static HiddenLayerDiagram withHiddenLayer(int features, int hidden, String activation, int classes) {
        checkCount("features", features);
        checkCount("classes", classes);
        if (hidden < 1 || hidden > MAX_NODES) {
            throw new IllegalArgumentException("hidden units must be 1 … " + MAX_NODES + ", was " + hidden);
        }
        return new HiddenLayerDiagram(features, hidden, activation, classes, List.of(), List.of(), null, null, null,
                null);
    }

    private static void checkCount(String name, int count) {
        if (count < 1 || count > MAX_NODES) {
            throw new IllegalArgumentException(name + " must be 1 … " + MAX_NODES + ", was " + count);
        }
    }

    /** The same diagram with feature names beside the inputs and class names beside the outputs. */
    public abstract NetworkDiagram withNames(List<String> inputNames, List<String> classNames);

    /** "2 features × 2 classes: 4 weights + 2 biases = 6 parameters". */
    public abstract String caption();

    /** The formula under the caption. */
    public abstract String formula();

    /** Hidden units, 0 without a hidden layer. */
    public int hidden() {
        return 0;
    }

    public int features() {
        return features;
    }

    public int classes() {
        return classes;
    }

    /** Width of the drawing in pixels. */
    public int width() {
        return (int) (WIDTH + shift());
    }

    /** Height of the drawing in pixels: one row of 100 px per node of the tallest column, and any tables. */
    public int height() {
        return (int) (TOP + rows() * ROW + BOTTOM + matricesHeight());
    }

    /** The rows of the tallest column. */
    int rows() {
        return Math.max(features, classes);
    }

    /** The height of the matrices' tables under the drawing, 0 when there are none. */
    double matricesHeight() {
        return 0;
    }

    /** How far the logits, softmax and outputs sit right of where a network without a hidden layer has them. */
    double shift() {
        return 0;
    }

    /** Every node: the inputs, then any hidden units, then per class its bias, logit and output. */
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            nodes.add(new Node(NodeKind.INPUT, j, "x" + DiagramLabels.subscript(j + 1),
                    inputNames.isEmpty() ? "" : inputNames.get(j), INPUT_X, rowY(j, features), RADIUS));
        }
        addHiddenNodes(nodes);
        double shift = shift();
        for (int k = 0; k < classes; k++) {
            double y = rowY(k, classes);
            nodes.add(new Node(NodeKind.BIAS, k, biasLabel(k), biasCaption(k), LOGIT_X + shift, y - BIAS_OFFSET,
                    BIAS_RADIUS));
            nodes.add(new Node(NodeKind.LOGIT, k, "z" + DiagramLabels.subscript(k + 1), "", LOGIT_X + shift, y, RADIUS));
            nodes.add(new Node(NodeKind.OUTPUT, k, "y" + DiagramLabels.subscript(k + 1),
                    classNames.isEmpty() ? "" : classNames.get(k), OUTPUT_X + shift, y, RADIUS));
        }
        return Collections.unmodifiableList(nodes);
    }

    /** The hidden column's nodes, between the inputs and the logits; none without a hidden layer. */
    void addHiddenNodes(List<Node> nodes) {
    }

    /** The text in class k's bias node. */
    abstract String biasLabel(int k);

    /** The text beside class k's bias node, e.g. its value; may be empty. */
    abstract String biasCaption(int k);

    /** Every edge: the weights into the logits (and any before them), the k biases, then logit → softmax → output. */
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        addWeightEdges(edges);
        double logitX = LOGIT_X + shift();
        for (int k = 0; k < classes; k++) {
            double y = rowY(k, classes);
            edges.add(new Edge(EdgeKind.BIAS, k, k, logitX, y - BIAS_OFFSET + BIAS_RADIUS, logitX, y - RADIUS, ""));
        }
        Block block = softmax();
        for (int k = 0; k < classes; k++) {
            double y = rowY(k, classes);
            edges.add(new Edge(EdgeKind.LOGIT_TO_SOFTMAX, k, k, logitX + RADIUS, y, block.x(), y, ""));
            edges.add(new Edge(EdgeKind.SOFTMAX_TO_OUTPUT, k, k, block.x() + block.width(), y,
                    OUTPUT_X + shift() - RADIUS, y, ""));
        }
        return Collections.unmodifiableList(edges);
    }

    /** Every weight edge, from the inputs on, in the order the tables list them. */
    abstract void addWeightEdges(List<Edge> edges);

    /** The softmax block, spanning all the logits. */
    public Block softmax() {
        double first = rowY(0, classes);
        double last = rowY(classes - 1, classes);
        double top = first - RADIUS - 12;
        double bottom = last + RADIUS + 12;
        return new Block("softmax", SOFTMAX_X + shift(), top, SOFTMAX_WIDTH, bottom - top);
    }

    /** The activation's name under the hidden column, centred at (x, y); null without a hidden layer. */
    public Text activationLabel() {
        return null;
    }

    /** The weight matrices and biases listed under the drawing as tables; empty when there are none. */
    public List<Text> matrices() {
        return new ArrayList<>();
    }

    /** The diagram drawn with Java2D at 1 pixel per layout unit. */
    public BufferedImage toImage() {
        return toImage(1.0);
    }

    /** The diagram drawn with Java2D, scaled (2.0 for a crisp image on high-density screens). */
    public BufferedImage toImage(double scale) {
        return NetworkPainter.image(this, scale);
    }

    /** Paints the diagram onto {@code g} in layout units (the caller sets any transform, e.g. a window's). */
    public void paint(Graphics2D g) {
        NetworkPainter.paint(this, g);
    }

    /**
     * The diagram as a standalone SVG document, written by hand (starts with {@code <svg}, embeddable in HTML as is):
     * every weight edge is a {@code <line class="weight" data-from="j" data-to="k">}, every bias edge a
     * {@code <line class="bias-edge">}, every node a {@code <circle class="input|bias|logit|output">}.
     */
    public String toSvg() {
        return NetworkSvg.write(this);
    }

    // ----- layout and look, shared by the two renderers -----

    /** The y of row {@code index} of {@code count}, centred in the rows of the taller column. */
    double rowY(int index, int count) {
        int rows = rows();
        return TOP + ROW / 2 + (rows - count) * ROW / 2 + index * ROW;
    }

    /** The segment between two circles' rims: [x1, y1, x2, y2]. */
    static double[] shorten(double[] from, double[] to, double fromRadius, double toRadius) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        return new double[] {from[0] + ux * fromRadius, from[1] + uy * fromRadius, to[0] - ux * toRadius,
                to[1] - uy * toRadius};
    }

    /**
     * Where a weight's label starts (it is drawn left-aligned from there): the point at the fraction t = 1 / (k + 1)
     * of the way from input j's centre to logit c's centre. It lies at height y = (1 − t)·y_j + t·y_c
     * = const + ROW · (j·k + c) / (k + 1), so all n·k labels form one column, evenly spaced ROW / (k + 1) apart
     * (20 px for 4 classes), none on top of another.
     */
    double[] labelPosition(Edge edge) {
        double t = 1.0 / (classes + 1);
        double y = (1 - t) * rowY(edge.from(), features) + t * rowY(edge.to(), classes);
        return new double[] {INPUT_X + t * (LOGIT_X - INPUT_X), y};
    }

    /** max |w| over the weights; 0 without values. */
    static double maxAbs(double[][] weights) {
        double max = 0;
        if (weights != null) {
            for (double[] row : weights) {
                for (double w : row) {
                    max = Math.max(max, Math.abs(w));
                }
            }
        }
        return max;
    }

    /** Grey, or with values blue for a positive weight into the logits and red for a negative one. */
    Color edgeColor(Edge edge) {
        if (edge.kind() == EdgeKind.WEIGHT && weights != null) {
            return weights[edge.from()][edge.to()] < 0 ? ChartStyle.BAD : ChartStyle.HAND;
        }
        return DiagramLook.EDGE;
    }

    /** 1.5 px, or with values 1 + 3·|w| / max|w| px for the weights into the logits. */
    double edgeWidth(Edge edge) {
        double maxWeight = maxAbs(weights);
        if (edge.kind() == EdgeKind.WEIGHT && weights != null && maxWeight > 0) {
            return 1 + 3 * Math.abs(weights[edge.from()][edge.to()]) / maxWeight;
        }
        return 1.5;
    }
}
