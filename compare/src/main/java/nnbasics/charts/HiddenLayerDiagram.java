package nnbasics.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A network with one hidden layer (the guide's unpublished "enter the matrix"): a column of hidden units h₁ … h_m
 * between the inputs and the logits, each with its bias; {@link #withLayers} colours every edge by its weight and
 * lists the two weight matrices and bias vectors under the drawing ({@link #matrices()}), where the numbers stay
 * readable:
 * <pre>
 *   h = f(x·W₁ + b₁)      z = h·W₂ + b₂      y = softmax(z)
 * </pre>
 */
public final class HiddenLayerDiagram extends NetworkDiagram {

    /** How far the hidden column pushes the logits, softmax and outputs to the right. */
    private static final double HIDDEN_SHIFT = 260;
    private static final double HIDDEN_X = INPUT_X + HIDDEN_SHIFT;

    private final int hidden;
    /** f of the hidden layer ("tanh"). */
    private final String activation;
    /** W₁ [features][hidden] and b₁, or null before values are given. */
    private final double[][] hiddenWeights;
    private final double[] hiddenBias;

    HiddenLayerDiagram(int features, int hidden, String activation, int classes, List<String> inputNames,
                       List<String> classNames, double[][] hiddenWeights, double[] hiddenBias, double[][] weights,
                       double[] bias) {
        super(features, classes, inputNames, classNames, weights, bias);
        this.hidden = hidden;
        this.activation = activation;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
    }

    @Override
    public HiddenLayerDiagram withNames(List<String> inputNames, List<String> classNames) {
        Check.sameSize("inputNames", inputNames, "features", features);
        Check.sameSize("classNames", classNames, "classes", classes);
        return new HiddenLayerDiagram(features, hidden, activation, classes, List.copyOf(inputNames),
                List.copyOf(classNames), hiddenWeights, hiddenBias, weights, bias);
    }

    /**
     * The same network with its edges coloured by W₁[feature][unit] and W₂[unit][class] and the matrices and biases
     * listed under the drawing.
     */
    public HiddenLayerDiagram withLayers(double[][] w1, double[] b1, double[][] w2, double[] b2) {
        return new HiddenLayerDiagram(features, hidden, activation, classes, inputNames, classNames,
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

    @Override
    public int hidden() {
        return hidden;
    }

    @Override
    int rows() {
        return Math.max(super.rows(), hidden);
    }

    @Override
    double matricesHeight() {
        return hiddenWeights == null ? 0 : WeightTables.height(Math.max(features, hidden));
    }

    @Override
    double shift() {
        return HIDDEN_SHIFT;
    }

    /** "2 features → 4 tanh units → 2 classes: 16 weights + 6 biases = 22 parameters". */
    @Override
    public String caption() {
        int weightCount = features * hidden + hidden * classes;
        return DiagramLabels.plural(features, "feature") + " → " + DiagramLabels.plural(hidden, activation + " unit")
                + " → " + DiagramLabels.plural(classes, "class") + ": " + DiagramLabels.plural(weightCount, "weight")
                + " + " + DiagramLabels.plural(hidden + classes, "bias") + " = "
                + DiagramLabels.plural(weightCount + hidden + classes, "parameter");
    }

    @Override
    public String formula() {
        return "h = " + activation + "(x·W₁ + b₁),   z = h·W₂ + b₂,   y = softmax(z)";
    }

    /** Per hidden unit its bias, then the unit. */
    @Override
    void addHiddenNodes(List<Node> nodes) {
        for (int i = 0; i < hidden; i++) {
            double y = rowY(i, hidden);
            // "b", not "b₁": b₁ and b₂ name the layers' bias vectors in the matrices below
            nodes.add(new Node(NodeKind.HIDDEN_BIAS, i, "b", "", HIDDEN_X, y - BIAS_OFFSET, BIAS_RADIUS));
            nodes.add(new Node(NodeKind.HIDDEN, i, "h" + DiagramLabels.subscript(i + 1), "", HIDDEN_X, y, RADIUS));
        }
    }

    /** "b": the values are in the tables, b₂ names the output layer's bias vector there. */
    @Override
    String biasLabel(int k) {
        return "b";
    }

    @Override
    String biasCaption(int k) {
        return "";
    }

    /** x_j → h_i (W₁, input-major), each hidden bias, then h_i → z_k (W₂). */
    @Override
    void addWeightEdges(List<Edge> edges) {
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

    @Override
    public Text activationLabel() {
        return new Text(activation, HIDDEN_X, rowY(hidden - 1, hidden) + RADIUS + 22, true, false, 0);
    }

    /**
     * W₁ (rows: the inputs, columns: the hidden units) with b₁ as its last row, and W₂ (rows: the hidden units,
     * columns: the classes) with b₂; empty without values.
     */
    @Override
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

    /** W₁'s edges coloured by their weight, the rest as the softmax diagram colours them. */
    @Override
    Color edgeColor(Edge edge) {
        if (edge.kind() == EdgeKind.HIDDEN_WEIGHT && hiddenWeights != null) {
            return hiddenWeights[edge.from()][edge.to()] < 0 ? ChartStyle.BAD : ChartStyle.HAND;
        }
        return super.edgeColor(edge);
    }

    /** W₁'s edges 1 + 3·|w| / max|W₁| px wide, the rest as the softmax diagram draws them. */
    @Override
    double edgeWidth(Edge edge) {
        if (edge.kind() == EdgeKind.HIDDEN_WEIGHT && hiddenWeights != null && maxAbs(hiddenWeights) > 0) {
            return 1 + 3 * Math.abs(hiddenWeights[edge.from()][edge.to()]) / maxAbs(hiddenWeights);
        }
        return super.edgeWidth(edge);
    }
}
