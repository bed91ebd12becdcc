package nnbasics.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Section 7's network-shape explorer: a softmax regression with n features and k classes drawn as a diagram —
 * inputs x₁ … xₙ, one weight edge per (input, class) pair, one bias per class feeding the logit z_k, a softmax
 * block, and the outputs y₁ … y_k:
 * <pre>
 *   z_k = Σ_j x_j · w_jk + b_k        y = softmax(z)
 * </pre>
 * The diagram is laid out once ({@link #nodes()}, {@link #edges()}, {@link #softmax()}, in pixels) and rendered two
 * ways from the same layout: with Java2D into a {@link BufferedImage} ({@code NetworkPainter}), and as an SVG
 * document written by hand ({@code NetworkSvg}; every weight edge is a {@code <line class="weight">}, every bias
 * edge a {@code <line class="bias-edge">}). The layout is public so an interactive window can hit-test nodes and
 * edges later, and {@link #paint(Graphics2D)} draws onto any component.
 *
 * <p>Instances are immutable: {@link #of(int, int)} gives the bare shape, {@link #withNames(List, List)} names the
 * features and classes, {@link #withValues(double[][], double[])} labels every edge with its weight and every bias
 * node with its value (positive weights blue, negative red, width growing with |w|).
 *
 * <p>With a hidden layer ({@link #withHiddenLayer(int, int, String, int)}, the guide's unpublished "enter the
 * matrix"): a column of hidden units h₁ … h_m between the inputs and the logits, each with its bias, and
 * {@link #withLayers(double[][], double[], double[][], double[])} colours every edge by its weight and lists the two
 * weight matrices and bias vectors under the drawing ({@link #matrices()}), where the numbers stay readable:
 * <pre>
 *   h = f(x·W₁ + b₁)      z = h·W₂ + b₂      y = softmax(z)
 * </pre>
 */
public final class NetworkDiagram {

    /** Largest number of features or classes drawn (more would not fit one picture legibly). */
    public static final int MAX_NODES = 10;

    /** What a node stands for. */
    public enum NodeKind { INPUT, BIAS, LOGIT, OUTPUT, HIDDEN, HIDDEN_BIAS }

    /** What an edge connects. */
    public enum EdgeKind { WEIGHT, BIAS, LOGIT_TO_SOFTMAX, SOFTMAX_TO_OUTPUT, HIDDEN_WEIGHT, HIDDEN_BIAS }

    /**
     * A node: a circle centred at (x, y).
     *
     * @param index   0-based feature (INPUT) or class (BIAS, LOGIT, OUTPUT) index
     * @param label   the text inside the circle, e.g. "x₁"
     * @param caption the text beside it (left of inputs, right of biases and outputs): a feature or class name, a
     *                bias value; may be empty
     */
    public record Node(NodeKind kind, int index, String label, String caption, double x, double y, double radius) {
    }

    /**
     * An edge from (x1, y1) to (x2, y2), drawn with an arrowhead at the second end.
     *
     * @param from  0-based index of the source (feature for WEIGHT, class otherwise)
     * @param to    0-based index of the target class
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

    private static final double ROW = 100;
    private static final double TOP = 86;
    private static final double BOTTOM = 24;
    private static final double WIDTH = 860;
    private static final double INPUT_X = 170;
    private static final double LOGIT_X = 450;
    private static final double SOFTMAX_X = 555;
    private static final double SOFTMAX_WIDTH = 96;
    private static final double OUTPUT_X = 730;
    private static final double RADIUS = 24;
    private static final double BIAS_RADIUS = 14;
    private static final double BIAS_OFFSET = 48;
    /** With a hidden layer everything right of the inputs moves right by this much, to make room for it. */
    private static final double HIDDEN_SHIFT = 260;
    private static final double HIDDEN_X = INPUT_X + HIDDEN_SHIFT;


    private final int features;
    private final int classes;
    private final List<String> inputNames;
    private final List<String> classNames;
    /** The output layer's W [inputs or hidden units][classes] and b, or null. */
    private final double[][] weights;
    private final double[] bias;
    /** Hidden units, 0 without a hidden layer. */
    private final int hidden;
    /** f of the hidden layer ("tanh"), empty without one. */
    private final String activation;
    /** W₁ [features][hidden] and b₁, or null. */
    private final double[][] hiddenWeights;
    private final double[] hiddenBias;

    private NetworkDiagram(int features, int classes, List<String> inputNames, List<String> classNames,
                           double[][] weights, double[] bias) {
        this(features, 0, "", classes, inputNames, classNames, null, null, weights, bias);
    }

    private NetworkDiagram(int features, int hidden, String activation, int classes, List<String> inputNames,
                           List<String> classNames, double[][] hiddenWeights, double[] hiddenBias,
                           double[][] weights, double[] bias) {
        this.features = features;
        this.classes = classes;
        this.inputNames = inputNames;
        this.classNames = classNames;
        this.weights = weights;
        this.bias = bias;
        this.hidden = hidden;
        this.activation = activation;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
    }

    /**
     * A network with one hidden layer: {@code features} inputs, {@code hidden} units with activation
     * {@code activation}, {@code classes} outputs (each 1 … {@value #MAX_NODES}).
     */
    public static NetworkDiagram withHiddenLayer(int features, int hidden, String activation, int classes) {
        of(features, classes); // the same checks
        if (hidden < 1 || hidden > MAX_NODES) {
            throw new IllegalArgumentException("hidden units must be 1 … " + MAX_NODES + ", was " + hidden);
        }
        return new NetworkDiagram(features, hidden, activation, classes, List.of(), List.of(), null, null, null,
                null);
    }

    /** Hidden units, 0 without a hidden layer. */
    public int hidden() {
        return hidden;
    }

    /** The bare shape: {@code features} inputs (1 … {@value #MAX_NODES}) and {@code classes} outputs (1 … {@value #MAX_NODES}). */
    public static NetworkDiagram of(int features, int classes) {
        if (features < 1 || features > MAX_NODES) {
            throw new IllegalArgumentException("features must be 1 … " + MAX_NODES + ", was " + features);
        }
        if (classes < 1 || classes > MAX_NODES) {
            throw new IllegalArgumentException("classes must be 1 … " + MAX_NODES + ", was " + classes);
        }
        return new NetworkDiagram(features, classes, List.of(), List.of(), null, null);
    }

    /** The same diagram with feature names beside the inputs and class names beside the outputs. */
    public NetworkDiagram withNames(List<String> inputNames, List<String> classNames) {
        Check.sameSize("inputNames", inputNames, "features", features);
        Check.sameSize("classNames", classNames, "classes", classes);
        return new NetworkDiagram(features, hidden, activation, classes, List.copyOf(inputNames),
                List.copyOf(classNames), hiddenWeights, hiddenBias, weights, bias);
    }

    /** The same diagram with each weight edge labelled by weights[feature][class] and each bias by bias[class]. */
    public NetworkDiagram withValues(double[][] weights, double[] bias) {
        if (hidden > 0) {
            throw new IllegalStateException("a network with a hidden layer takes withLayers(W1, b1, W2, b2)");
        }
        Check.sameLength("weights (rows, one per feature)", weights.length, "features", features);
        double[][] copy = new double[features][];
        for (int j = 0; j < features; j++) {
            Check.sameLength("weights[" + j + "] (one per class)", weights[j].length, "classes", classes);
            Check.finite("weights[" + j + "]", weights[j]);
            copy[j] = weights[j].clone();
        }
        Check.sameLength("bias", bias.length, "classes", classes);
        Check.finite("bias", bias);
        return new NetworkDiagram(features, classes, inputNames, classNames, copy, bias.clone());
    }

    /**
     * The same network with a hidden layer, its edges coloured by W₁[feature][unit] and W₂[unit][class] and the
     * matrices and biases listed under the drawing.
     */
    public NetworkDiagram withLayers(double[][] w1, double[] b1, double[][] w2, double[] b2) {
        if (hidden == 0) {
            throw new IllegalStateException("a network without a hidden layer takes withValues(W, b)");
        }
        return new NetworkDiagram(features, hidden, activation, classes, inputNames, classNames,
                checked("W1", w1, features, hidden), checkedBias("b1", b1, hidden), checked("W2", w2, hidden, classes),
                checkedBias("b2", b2, classes));
    }

    private static double[][] checked(String name, double[][] w, int rows, int columns) {
        Check.sameLength(name + " (rows)", w.length, "inputs of the layer", rows);
        double[][] copy = new double[rows][];
        for (int j = 0; j < rows; j++) {
            Check.sameLength(name + "[" + j + "]", w[j].length, "units of the layer", columns);
            Check.finite(name + "[" + j + "]", w[j]);
            copy[j] = w[j].clone();
        }
        return copy;
    }

    private static double[] checkedBias(String name, double[] b, int units) {
        Check.sameLength(name, b.length, "units of the layer", units);
        Check.finite(name, b);
        return b.clone();
    }

    public int features() {
        return features;
    }

    public int classes() {
        return classes;
    }

    /** Width of the drawing in pixels. */
    public int width() {
        return (int) (hidden > 0 ? WIDTH + HIDDEN_SHIFT : WIDTH);
    }

    /** Height of the drawing in pixels: one row of 100 px per input or class, whichever are more. */
    public int height() {
        return (int) (TOP + rows() * ROW + BOTTOM + matricesHeight());
    }

    /** The rows of the tallest column. */
    private int rows() {
        return Math.max(Math.max(features, classes), hidden);
    }

    /** The height of the matrices' tables, 0 when there are none. */
    private double matricesHeight() {
        return hiddenWeights == null ? 0 : WeightTables.height(Math.max(features, hidden));
    }

    /** "2 features × 2 classes: 4 weights + 2 biases = 6 parameters". */
    public String caption() {
        if (hidden > 0) {
            int weightCount = features * hidden + hidden * classes;
            return DiagramLabels.plural(features, "feature") + " → " + DiagramLabels.plural(hidden, activation + " unit") + " → "
                    + DiagramLabels.plural(classes, "class") + ": " + DiagramLabels.plural(weightCount, "weight") + " + "
                    + DiagramLabels.plural(hidden + classes, "bias") + " = " + DiagramLabels.plural(weightCount + hidden + classes, "parameter");
        }
        int weightCount = features * classes;
        return DiagramLabels.plural(features, "feature") + " × " + DiagramLabels.plural(classes, "class") + ": "
                + DiagramLabels.plural(weightCount, "weight") + " + " + DiagramLabels.plural(classes, "bias") + " = "
                + DiagramLabels.plural(weightCount + classes, "parameter");
    }

    /** The formula under the caption. */
    public String formula() {
        if (hidden > 0) {
            return "h = " + activation + "(x·W₁ + b₁),   z = h·W₂ + b₂,   y = softmax(z)";
        }
        return "z_k = Σ_j x_j · w_jk + b_k,   y = softmax(z)";
    }

    /** Every node: the inputs, then per class its bias, logit and output. */
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            nodes.add(new Node(NodeKind.INPUT, j, "x" + DiagramLabels.subscript(j + 1), inputNames.isEmpty() ? "" : inputNames.get(j),
                    INPUT_X, rowY(j, features), RADIUS));
        }
        for (int i = 0; i < hidden; i++) {
            double y = rowY(i, hidden);
            // "b", not "b₁": b₁ and b₂ name the layers' bias vectors in the matrices below
            nodes.add(new Node(NodeKind.HIDDEN_BIAS, i, "b", "", HIDDEN_X, y - BIAS_OFFSET,
                    BIAS_RADIUS));
            nodes.add(new Node(NodeKind.HIDDEN, i, "h" + DiagramLabels.subscript(i + 1), "", HIDDEN_X, y, RADIUS));
        }
        double shift = shift();
        for (int k = 0; k < classes; k++) {
            double y = rowY(k, classes);
            String biasCaption = bias == null || hidden > 0 ? "" : "b" + DiagramLabels.subscript(k + 1) + " = " + DiagramLabels.value(bias[k]);
            nodes.add(new Node(NodeKind.BIAS, k, hidden > 0 ? "b" : "b" + DiagramLabels.subscript(k + 1), biasCaption, LOGIT_X + shift,
                    y - BIAS_OFFSET, BIAS_RADIUS));
            nodes.add(new Node(NodeKind.LOGIT, k, "z" + DiagramLabels.subscript(k + 1), "", LOGIT_X + shift, y, RADIUS));
            nodes.add(new Node(NodeKind.OUTPUT, k, "y" + DiagramLabels.subscript(k + 1), classNames.isEmpty() ? "" : classNames.get(k),
                    OUTPUT_X + shift, y, RADIUS));
        }
        return Collections.unmodifiableList(nodes);
    }

    /** Every edge: the n·k weights (input-major), the k biases, then logit → softmax and softmax → output per class. */
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        if (hidden > 0) {
            for (int j = 0; j < features; j++) {
                for (int i = 0; i < hidden; i++) {
                    double[] ends = shorten(new double[] {INPUT_X, rowY(j, features)},
                            new double[] {HIDDEN_X, rowY(i, hidden)}, RADIUS, RADIUS);
                    edges.add(new Edge(EdgeKind.HIDDEN_WEIGHT, j, i, ends[0], ends[1], ends[2], ends[3], ""));
                }
            }
            for (int i = 0; i < hidden; i++) {
                double y = rowY(i, hidden);
                edges.add(new Edge(EdgeKind.HIDDEN_BIAS, i, i, HIDDEN_X, y - BIAS_OFFSET + BIAS_RADIUS, HIDDEN_X,
                        y - RADIUS, ""));
            }
            for (int i = 0; i < hidden; i++) {
                for (int k = 0; k < classes; k++) {
                    double[] ends = shorten(new double[] {HIDDEN_X, rowY(i, hidden)},
                            new double[] {LOGIT_X + shift(), rowY(k, classes)}, RADIUS, RADIUS);
                    edges.add(new Edge(EdgeKind.WEIGHT, i, k, ends[0], ends[1], ends[2], ends[3], ""));
                }
            }
        }
        for (int j = 0; j < features && hidden == 0; j++) {
            for (int k = 0; k < classes; k++) {
                double[] from = {INPUT_X, rowY(j, features)};
                double[] to = {LOGIT_X, rowY(k, classes)};
                double[] ends = shorten(from, to, RADIUS, RADIUS);
                String label = weights == null ? "" : "w" + DiagramLabels.subscript(j + 1) + DiagramLabels.subscript(k + 1) + " = " + DiagramLabels.value(weights[j][k]);
                edges.add(new Edge(EdgeKind.WEIGHT, j, k, ends[0], ends[1], ends[2], ends[3], label));
            }
        }
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
        if (hidden == 0) {
            return null;
        }
        return new Text(activation, HIDDEN_X, rowY(hidden - 1, hidden) + RADIUS + 22, true, false, 0);
    }

    /**
     * The weight matrices and biases under a diagram with a hidden layer, as tables: W₁ (rows: the inputs, columns:
     * the hidden units) with b₁ as its last row, and W₂ (rows: the hidden units, columns: the classes) with b₂;
     * empty without values.
     */
    public List<Text> matrices() {
        List<Text> lines = new ArrayList<>();
        if (hiddenWeights == null) {
            return lines;
        }
        double top = TOP + rows() * ROW + BOTTOM;
        List<String> units = new ArrayList<>();
        for (int i = 0; i < hidden; i++) {
            units.add("h" + DiagramLabels.subscript(i + 1));
        }
        List<String> inputs = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            inputs.add(inputNames.isEmpty() ? "x" + DiagramLabels.subscript(j + 1) : inputNames.get(j));
        }
        List<String> outputs = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            outputs.add(classNames.isEmpty() ? "y" + DiagramLabels.subscript(k + 1) : classNames.get(k));
        }
        WeightTables.table(lines, WeightTables.FIRST_X, top, "W₁ (" + features + " × " + hidden
                + "): input → hidden unit; b₁", inputs, units, hiddenWeights, hiddenBias, "b₁");
        WeightTables.table(lines, WeightTables.SECOND_X, top, "W₂ (" + hidden + " × " + classes
                + "): hidden unit → class; b₂", units, outputs, weights, bias, "b₂");
        return lines;
    }

    /** How far the logits, softmax and outputs sit right of where a network without a hidden layer has them. */
    private double shift() {
        return hidden > 0 ? HIDDEN_SHIFT : 0;
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
    private double rowY(int index, int count) {
        int rows = rows();
        return TOP + ROW / 2 + (rows - count) * ROW / 2 + index * ROW;
    }

    /** The segment between two circles' rims: [x1, y1, x2, y2]. */
    private static double[] shorten(double[] from, double[] to, double fromRadius, double toRadius) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        return new double[] {from[0] + ux * fromRadius, from[1] + uy * fromRadius, to[0] - ux * toRadius, to[1] - uy * toRadius};
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
    private double maxAbsWeight() {
        return maxAbs(weights);
    }

    private static double maxAbs(double[][] weights) {
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

    /** Grey, or with values blue for a positive weight and red for a negative one. */
    Color edgeColor(Edge edge) {
        if (edge.kind() == EdgeKind.HIDDEN_WEIGHT && hiddenWeights != null) {
            return hiddenWeights[edge.from()][edge.to()] < 0 ? ChartStyle.BAD : ChartStyle.HAND;
        }
        if (edge.kind() == EdgeKind.WEIGHT && weights != null) {
            return weights[edge.from()][edge.to()] < 0 ? ChartStyle.BAD : ChartStyle.HAND;
        }
        return DiagramLook.EDGE;
    }

    /** 1.5 px, or with values 1 + 3·|w| / max|w| px for weights. */
    double edgeWidth(Edge edge) {
        if (edge.kind() == EdgeKind.HIDDEN_WEIGHT && hiddenWeights != null && maxAbs(hiddenWeights) > 0) {
            return 1 + 3 * Math.abs(hiddenWeights[edge.from()][edge.to()]) / maxAbs(hiddenWeights);
        }
        double maxWeight = maxAbsWeight();
        if (edge.kind() == EdgeKind.WEIGHT && weights != null && maxWeight > 0) {
            return 1 + 3 * Math.abs(weights[edge.from()][edge.to()]) / maxWeight;
        }
        return 1.5;
    }

}
