package nnbasics.guide;

import static nnbasics.guide.Text.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.charts.ActivationChart;
import nnbasics.handwritten.network.Activation;

/** Section 10.1, the sequel's activations: σ, tanh and ReLU with their derivatives, as a table and a chart. */
final class ActivationsPage {

    /** The z of the console's activation table. */
    static final double[] TABLE_Z = {-2, -1, 0, 1, 2};
    /**
     * Points of the drawn curves over [−Z, Z] (steps of 0.2, z = 0 among them, so ReLU's kink is drawn where it is):
     * smooth enough for these curves, and long enough segments for the derivatives' dashes to show.
     */
    static final int CURVE_POINTS = 60;

    private final Pictures pictures;

    ActivationsPage(Pictures pictures) {
        this.pictures = pictures;
    }

    Section section() {
        StringBuilder console = new StringBuilder(f("  %6s  %9s  %9s  %9s  %9s  %9s  %9s%n", "z", "σ(z)", "σ′(z)",
                "tanh z", "tanh′ z", "ReLU(z)", "ReLU′(z)"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double z : TABLE_Z) {
            console.append(f("  %6.0f", z));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("z", z);
            for (Activation a : HiddenLayerSections.ACTIVATIONS) {
                double value = a.value(z);
                double slope = a.derivative(z);
                console.append(f("  %9.4f  %9.4f", value, slope));
                row.put(a.label(), value);
                row.put(a.label() + "Derivative", slope);
            }
            console.append('\n');
            rows.add(row);
        }
        console.append("  σ′ = σ(1 − σ) is at most ¼ (at z = 0); tanh′ = 1 − tanh² at most 1;\n  ReLU′ is 0 or 1 "
                + "(0 at the kink z = 0, as in DL4J)\n");
        double[] z = HiddenLayerSections.range(-HiddenLayerSections.Z, HiddenLayerSections.Z, CURVE_POINTS);
        List<ActivationChart.Curve> curves = List.of(
                curve("sigmoid σ(z) = 1 / (1 + e^−z)", "σ′(z) = σ(1 − σ)", Activation.SIGMOID, z),
                curve("tanh z", "tanh′ z = 1 − tanh² z", Activation.TANH, z),
                curve("ReLU(z) = max(0, z)", "ReLU′(z): 0 for z ≤ 0, 1 for z > 0", Activation.RELU, z));
        Figure figure = pictures.chart("11-activations", ActivationChart.chart(z, curves,
                        "Section 10.1: the activations and their derivatives"),
                "Sigmoid, tanh and ReLU (solid) with the derivatives backpropagation multiplies by (dashed).");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("table", rows);
        return new Section("10.1", "The sequel: activations",
                "The guide's sequel feeds the weighted sum z through an activation: the sigmoid σ(z) squashes it "
                        + "into (0, 1), ReLU keeps it if positive and gives 0 otherwise; tanh, the hidden layer's "
                        + "below, is a sigmoid stretched to (−1, 1). Backpropagation multiplies by each one's "
                        + "derivative.", console.toString(), figures, null, List.of(figure));
    }

    private static ActivationChart.Curve curve(String name, String derivative, Activation f, double[] z) {
        return new ActivationChart.Curve(name, derivative, HiddenLayerSections.values(f, z),
                HiddenLayerSections.derivatives(f, z));
    }
}
