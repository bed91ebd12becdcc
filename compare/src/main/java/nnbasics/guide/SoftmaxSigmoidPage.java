package nnbasics.guide;

import static nnbasics.guide.Text.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.charts.ChartStyle;
import nnbasics.charts.SoftmaxSigmoidChart;
import nnbasics.guide.HiddenLayerSections.SoftmaxPoint;
import nnbasics.handwritten.network.Activation;

/** Section 10.2: a two-class softmax is the sigmoid of the logits' difference, on a grid of logit pairs. */
final class SoftmaxSigmoidPage {

    /** The grid pairs printed on the console (the whole grid is in the picture and summary.json's largest gap). */
    static final double[][] TABLE_PAIRS = {{0, 0}, {1, 0}, {0, 1}, {2, 4}, {5, 10}, {-3, 2}, {4, -4}};

    private final Pictures pictures;

    SoftmaxSigmoidPage(Pictures pictures) {
        this.pictures = pictures;
    }

    Section section() {
        List<SoftmaxPoint> grid = HiddenLayerSections.softmaxAgainstSigmoid();
        double largest = grid.stream().mapToDouble(SoftmaxPoint::gap).max().orElse(0);
        StringBuilder console = new StringBuilder(f("  %6s  %6s  %18s  %13s  %9s%n", "z₁", "z₂", "softmax([z₁, z₂])₁",
                "σ(z₁ − z₂)", "gap"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double[] pair : TABLE_PAIRS) {
            double p = nnbasics.handwritten.classification.Softmax.of(pair)[0];
            double s = Activation.SIGMOID.value(pair[0] - pair[1]);
            console.append(f("  %6.0f  %6.0f  %18.6f  %13.6f  %9s%n", pair[0], pair[1], p, s,
                    ChartStyle.number(Math.abs(p - s))));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("z1", pair[0]);
            row.put("z2", pair[1]);
            row.put("softmax1", p);
            row.put("sigmoidOfDifference", s);
            rows.add(row);
        }
        int side = (int) Math.round(Math.sqrt(grid.size()));
        console.append(f("  on the %d × %d grid z₁, z₂ ∈ {−4, −3.5, …, 4}: largest |softmax₁ − σ(z₁ − z₂)| = %s%n"
                + "  (rounding: the two formulas take different steps)%n", side, side, ChartStyle.number(largest)));
        double[] differences = grid.stream().mapToDouble(g -> g.z1() - g.z2()).toArray();
        double[] softmax = grid.stream().mapToDouble(SoftmaxPoint::softmax).toArray();
        double[] z = HiddenLayerSections.range(-2 * HiddenLayerSections.GRID, 2 * HiddenLayerSections.GRID,
                ActivationsPage.CURVE_POINTS);
        Figure figure = pictures.chart("12-softmax-sigmoid", SoftmaxSigmoidChart.chart(differences, softmax, z,
                        HiddenLayerSections.values(Activation.SIGMOID, z), largest,
                        "Section 10.2: a two-class softmax is the sigmoid of the logits' difference"),
                "softmax([z₁, z₂])₁ of every grid pair at its difference z₁ − z₂, on the curve σ(z₁ − z₂).");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("table", rows);
        figures.put("gridPoints", grid.size());
        figures.put("largestGap", largest);
        return new Section("10.2", "A two-class softmax is a sigmoid",
                "With two classes, softmax gives p₁ = e^z₁ / (e^z₁ + e^z₂); dividing by e^z₁ gives "
                        + "1 / (1 + e^−(z₁ − z₂)) = σ(z₁ − z₂). So the sequel's sigmoid output and section 7's "
                        + "two-class softmax are one model: only the difference of the two logits matters.",
                console.toString(), figures, null, List.of(figure));
    }
}
