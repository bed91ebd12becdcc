package nnbasics.charts;

import java.util.List;

/**
 * Section 7's network-shape explorer: a softmax regression with n features and k classes — inputs x₁ … xₙ, one
 * weight edge per (input, class) pair labelled with its value, one bias per class feeding the logit z_k, a softmax
 * block, and the outputs y₁ … y_k:
 * <pre>
 *   z_k = Σ_j x_j · w_jk + b_k        y = softmax(z)
 * </pre>
 * {@link #withNames} names the features and classes, {@link #withValues} labels every edge with its weight and every
 * bias node with its value (positive weights blue, negative red, width growing with |w|).
 */
public final class SoftmaxDiagram extends NetworkDiagram {

    SoftmaxDiagram(int features, int classes, List<String> inputNames, List<String> classNames, double[][] weights,
                   double[] bias) {
        super(features, classes, inputNames, classNames, weights, bias);
    }

    @Override
    public SoftmaxDiagram withNames(List<String> inputNames, List<String> classNames) {
        Check.sameSize("inputNames", inputNames, "features", features);
        Check.sameSize("classNames", classNames, "classes", classes);
        return new SoftmaxDiagram(features, classes, List.copyOf(inputNames), List.copyOf(classNames), weights,
                bias);
    }

    /** The same diagram with each weight edge labelled by weights[feature][class] and each bias by bias[class]. */
    public SoftmaxDiagram withValues(double[][] weights, double[] bias) {
        Check.sameLength("weights (rows, one per feature)", weights.length, "features", features);
        double[][] copy = new double[features][];
        for (int j = 0; j < features; j++) {
            Check.sameLength("weights[" + j + "] (one per class)", weights[j].length, "classes", classes);
            Check.finite("weights[" + j + "]", weights[j]);
            copy[j] = weights[j].clone();
        }
        Check.sameLength("bias", bias.length, "classes", classes);
        Check.finite("bias", bias);
        return new SoftmaxDiagram(features, classes, inputNames, classNames, copy, bias.clone());
    }

    @Override
    public String caption() {
        int weightCount = features * classes;
        return DiagramLabels.plural(features, "feature") + " × " + DiagramLabels.plural(classes, "class") + ": "
                + DiagramLabels.plural(weightCount, "weight") + " + " + DiagramLabels.plural(classes, "bias") + " = "
                + DiagramLabels.plural(weightCount + classes, "parameter");
    }

    @Override
    public String formula() {
        return "z_k = Σ_j x_j · w_jk + b_k,   y = softmax(z)";
    }

    @Override
    String biasLabel(int k) {
        return "b" + DiagramLabels.subscript(k + 1);
    }

    @Override
    String biasCaption(int k) {
        return bias == null ? "" : "b" + DiagramLabels.subscript(k + 1) + " = " + DiagramLabels.value(bias[k]);
    }

    /** The n·k weights x_j → z_k, input-major, each labelled with its value once values are given. */
    @Override
    void addWeightEdges(List<Edge> edges) {
        for (int j = 0; j < features; j++) {
            for (int k = 0; k < classes; k++) {
                double[] from = {INPUT_X, rowY(j, features)};
                double[] to = {LOGIT_X, rowY(k, classes)};
                double[] ends = shorten(from, to, RADIUS, RADIUS);
                String label = weights == null ? "" : "w" + DiagramLabels.subscript(j + 1)
                        + DiagramLabels.subscript(k + 1) + " = " + DiagramLabels.value(weights[j][k]);
                edges.add(new Edge(EdgeKind.WEIGHT, j, k, ends[0], ends[1], ends[2], ends[3], label));
            }
        }
    }
}
