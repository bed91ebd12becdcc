package nnbasics.compare.guide;

import static nnbasics.compare.guide.Text.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.compare.charts.ActivationChart;
import nnbasics.compare.charts.ChartStyle;
import nnbasics.compare.charts.ConvergenceChart;
import nnbasics.compare.charts.DecisionBoundaryChart;
import nnbasics.compare.charts.HiddenUnitsChart;
import nnbasics.compare.charts.NetworkDiagram;
import nnbasics.compare.charts.SoftmaxSigmoidChart;
import nnbasics.compare.guide.HiddenLayerSections.HiddenRun;
import nnbasics.compare.guide.HiddenLayerSections.SoftmaxPoint;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.network.Activation;

/** The report's section 10, the sequel and its unpublished hidden layers: numbers, console tables and pictures. */
final class HiddenLayerPages {

    /** The z of the console's activation table. */
    static final double[] TABLE_Z = {-2, -1, 0, 1, 2};
    /**
     * Points of the drawn curves over [−Z, Z] (steps of 0.2, z = 0 among them, so ReLU's kink is drawn where it is):
     * smooth enough for these curves, and long enough segments for the derivatives' dashes to show.
     */
    static final int CURVE_POINTS = 60;
    /** The grid pairs printed on the console (the whole grid is in the picture and summary.json's largest gap). */
    static final double[][] TABLE_PAIRS = {{0, 0}, {1, 0}, {0, 1}, {2, 4}, {5, 10}, {-3, 2}, {4, -4}};

    private final Pictures pictures;

    HiddenLayerPages(Pictures pictures) {
        this.pictures = pictures;
    }

    Section activations() {
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

    Section softmaxIsASigmoid() {
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
                CURVE_POINTS);
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

    Section network(HiddenRun n) {
        NetworkTwins.HandSide hand = n.twins().hand();
        int good = n.classes().indexOf("good");
        double[][] raw = hand.raw().features();
        int[] labels = hand.raw().labels();
        double[][] pHand = hand.probabilities();
        double[][] pDl4j = n.twins().dl4j().probabilities();
        var trace = n.run().trace();
        int steps = n.run().steps();
        StringBuilder console = new StringBuilder(f("  %s, standardised features, cross-entropy, rate %s, %,d steps "
                        + "in lock-step%n  from one Xavier start (seed %d)%n", n.architecture(),
                ChartStyle.number(HiddenLayerSections.RATE), steps, HiddenLayerSections.SEED));
        console.append(f("  %-6s  %5s  %9s  %5s  %14s  %14s  %9s%n", "house", "area", "bathrooms", "label",
                "P(good) hand", "P(good) DL4J", "predicted"));
        for (int i = 0; i < labels.length; i++) {
            console.append(f("  %-6d  %5.0f  %9.0f  %5s  %14.6f  %14.6f  %9s%n", i + 1, raw[i][0], raw[i][1],
                    n.classes().get(labels[i]), pHand[i][good], pDl4j[i][good],
                    pHand[i][good] > 0.5 ? "good" : "bad"));
        }
        console.append(f("  houses right: hand %d of %d, DL4J Evaluation %d of %d (softmax regression: section 10.4)%n",
                n.handRight(), n.houses(), n.dl4jRight(), n.houses()));
        console.append(f("  final cross-entropy: hand %.6f, DL4J %.6f%n", trace.handLoss()[steps],
                trace.dl4jLoss()[steps]));
        List<double[][]> w = hand.engine().trainer().weights();
        List<double[]> b = hand.engine().trainer().biases();
        String units = "h₁ … h" + (char) ('₀' + Math.min(n.hidden(), 9));
        console.append("  the trained weights (hand-written engine, on z-scores):\n  W₁ rows " + String.join(", ",
                GuideData.FEATURES) + ", columns " + units + "; W₂ rows " + units + ", columns "
                + String.join(", ", n.classes()) + "\n");
        console.append(matrix("W₁", w.get(0))).append(vector("b₁", b.get(0))).append(matrix("W₂", w.get(1)))
                .append(vector("b₂", b.get(1)));
        TwinProof proof = n.proof();
        console.append("  compared at every step: the loss, W1, b1, W2, b2 and every probability P\n")
                .append(Text.proof(proof)).append(wrap("  in words: " + inWords(proof), "    "));

        List<String> featureNames = List.of("area (sq ft)", "bathrooms");
        NetworkDiagram diagram = NetworkDiagram.withHiddenLayer(2, n.hidden(),
                        HiddenLayerSections.ACTIVATION.label(), n.classes().size())
                .withNames(GuideData.FEATURES, n.classes())
                .withLayers(w.get(0), b.get(0), w.get(1), b.get(1));
        List<Figure> drawn = List.of(
                pictures.chart("13-hidden-boundary", DecisionBoundaryChart.network(raw, labels, n.classes(),
                                featureNames, points -> hand.network().probabilities(
                                        hand.standardizer().transform(points)),
                                "Section 10.3: " + n.architecture() + ", the decision boundary"),
                        "The ten houses and the curved boundary where the network's P(good) = ½ (hand-written "
                                + "engine, raw units)."),
                pictures.image("13-hidden-network", diagram.toImage(), diagram.toSvg(),
                        "The network: two inputs, " + n.hidden() + " tanh hidden units, a softmax over two "
                                + "classes; edges coloured by the trained weight (blue positive, red negative), "
                                + "the matrices below (on z-scores, as the network sees the houses)."),
                pictures.grid("13-hidden-training", List.of(
                                ConvergenceChart.loss(trace.handLoss(), trace.dl4jLoss(),
                                        "Section 10.3: cross-entropy per step, both engines",
                                        "cross-entropy (log scale)"),
                                RegressionPages.proofChart(n.run(), "The proof: twin difference per step")), 1,
                        "The cross-entropy per step and the proof (loss, every W and b, every probability): each "
                                + "step of the hand-written engine from DL4J's state against DL4J's (dots, held to the "
                                + "red bound), and the two engines running free (grey), which part where the "
                                + "training magnifies rounding."));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("architecture", n.architecture());
        figures.put("seed", HiddenLayerSections.SEED);
        figures.put("rate", HiddenLayerSections.RATE);
        figures.put("steps", steps);
        figures.put("classes", n.classes());
        figures.put("probabilityGoodHand", column(pHand, good));
        figures.put("probabilityGoodDl4j", column(pDl4j, good));
        figures.put("housesRightHand", n.handRight());
        figures.put("housesRightDl4j", n.dl4jRight());
        figures.put("houses", n.houses());
        figures.put("finalLossHand", trace.handLoss()[steps]);
        figures.put("finalLossDl4j", trace.dl4jLoss()[steps]);
        Map<String, Object> layers = new LinkedHashMap<>();
        layers.put("W1", w.get(0));
        layers.put("b1", b.get(0));
        layers.put("W2", w.get(1));
        layers.put("b2", b.get(1));
        figures.put("layersHand", layers);
        return new Section("10.3", "A hidden layer on the labelled houses",
                "The sequel's unpublished \"enter the matrix\": between the inputs and the softmax sits a layer "
                        + "of " + n.hidden() + " tanh units, h = tanh(x·W₁ + b₁), z = h·W₂ + b₂. The weights start "
                        + "from one seeded random draw given to both engines (from zero every hidden unit would "
                        + "stay the same). The boundary is no longer a line: it bends around the houses a line "
                        + "cannot separate. Every step is proven: from DL4J's state, the hand-written engine's "
                        + "step is within " + people(Text.brief(proof.step().value())) + " of DL4J's (bound "
                        + people(Text.bound(proof.stepBound())) + "). The loss is not convex: along this "
                        + "trajectory gradient descent magnifies any difference, so the two engines running free "
                        + "part by " + people(Text.brief(proof.trajectory().value())) + ", as one ulp of the start "
                        + "carries the hand-written engine against itself to "
                        + people(Text.brief(n.control().value())) + ".",
                console.toString(), figures, proof, drawn);
    }

    Section sweep(List<HiddenRun> runs) {
        StringBuilder console = new StringBuilder(f("  %6s  %-24s  %10s  %10s  %10s  %10s%n", "hidden", "network",
                "right hand", "right DL4J", "loss hand", "loss DL4J"));
        StringBuilder proofs = new StringBuilder(f("  %6s  %-25s  %-8s  %-25s  %-8s  %s%n", "hidden", "step proof",
                "bound", "trajectory", "bound", "one-ulp control"));
        StringBuilder words = new StringBuilder();
        int[] units = new int[runs.size()];
        int[] hand = new int[runs.size()];
        int[] dl4j = new int[runs.size()];
        // the section's step proof: the width whose step proof is the largest share of its bound (all share one
        // bound here), so the section agrees exactly when every width does; its trajectory: the width whose
        // trajectory parts furthest, with that width's bound and control; each named by its width
        TwinProof held = null;
        TwinProof furthest = null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            HiddenRun r = runs.get(i);
            TwinProof p = r.proof();
            int steps = r.run().steps();
            units[i] = r.hidden();
            hand[i] = r.handRight();
            dl4j[i] = r.dl4jRight();
            String width = " (" + r.hidden() + " units)";
            if (held == null || p.step().value() / p.stepBound() > held.step().value() / held.stepBound()
                    || Double.isNaN(p.step().value())) {
                held = new TwinProof(named(p.step(), width), p.stepBound(), held == null ? null : held.trajectory(),
                        held == null ? null : held.trajectoryBound(), held == null ? null : held.control());
            }
            if (furthest == null || p.trajectory().value() > furthest.trajectory().value()
                    || Double.isNaN(p.trajectory().value())) {
                furthest = new TwinProof(Difference.NONE, p.stepBound(), named(p.trajectory(), width),
                        p.trajectoryBound(), named(p.control(), width));
            }
            console.append(f("  %6d  %-24s  %7d/%-2d  %7d/%-2d  %10.6f  %10.6f%n", r.hidden(),
                    r.architecture(), r.handRight(), r.houses(), r.dl4jRight(), r.houses(),
                    r.run().trace().handLoss()[steps], r.run().trace().dl4jLoss()[steps]));
            proofs.append(f("  %6d  %-25s  %-8s  %-25s  %-8s  %s%n", r.hidden(), compact(p.step()),
                    Text.bound(p.stepBound()), compact(p.trajectory()),
                    p.trajectoryBound() == null ? "none" : Text.bound(p.trajectoryBound()), compact(p.control())));
            words.append(wrap(f("  %d unit%s: %s", r.hidden(), r.hidden() == 1 ? "" : "s", inWords(p)), "    "));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("hidden", r.hidden());
            row.put("architecture", r.architecture());
            row.put("housesRightHand", r.handRight());
            row.put("housesRightDl4j", r.dl4jRight());
            row.put("finalLossHand", r.run().trace().handLoss()[steps]);
            row.put("finalLossDl4j", r.run().trace().dl4jLoss()[steps]);
            Report.putProof(row, p);
            rows.add(row);
        }
        TwinProof section = new TwinProof(held.step(), held.stepBound(), furthest.trajectory(),
                furthest.trajectoryBound(), furthest.control());
        int houses = runs.get(0).houses();
        List<String> unbounded = runs.stream().filter(r -> r.trajectoryBound() == null)
                .map(r -> Integer.toString(r.hidden())).toList();
        console.append(f("  each %,d steps at rate %s from seed %d, standardised; 0 hidden units is softmax "
                        + "regression%n%n", runs.get(0).run().steps(), ChartStyle.number(HiddenLayerSections.RATE),
                HiddenLayerSections.SEED));
        console.append(proofs);
        console.append(f("  step proof: at every step the hand-written engine steps from DL4J's state and is compared "
                + "with DL4J's%n    step, held to max(1e-12, n x 2^-53) (n: the longest sum of one update, at most "
                + "%d here)%n  trajectory: the two engines running free from the same start; its bound is "
                + "max(1e-10, 100 x control)%n    where that stays within 1e-5, none where the training magnifies "
                + "rounding further%n  one-ulp control: the hand-written engine against itself, every start weight "
                + "of W1 one ulp up%n", longestSum(runs)));
        console.append(words);
        Figure figure = pictures.chart("14-hidden-units", HiddenUnitsChart.chart(units, hand, dl4j, houses,
                        "Section 10.4: houses classified right against the hidden units"),
                "Training accuracy on the ten houses for 0 (softmax regression) to 8 tanh hidden units, both "
                        + "engines.");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("steps", runs.get(0).run().steps());
        figures.put("rate", HiddenLayerSections.RATE);
        figures.put("seed", HiddenLayerSections.SEED);
        figures.put("houses", houses);
        figures.put("networks", rows);
        String widths = String.join(", ", runs.stream().map(r -> Integer.toString(r.hidden())).toList());
        HiddenRun none = runs.get(0);
        HiddenRun all = runs.stream().filter(r -> r.hidden() > 0 && r.handRight() == r.houses()
                && r.dl4jRight() == r.houses()).findFirst().orElse(null);
        return new Section("10.4", "Accuracy against the number of hidden units",
                "The sequel's last chart, on the houses: the same training with " + widths + " tanh units. "
                        + "With " + none.hidden() + " the network is section 7's softmax regression, whose "
                        + "straight boundary gets " + none.handRight() + " of the " + none.houses() + " houses; "
                        + (all == null ? "no width tried gets all of them"
                        : "with " + all.hidden() + " hidden unit" + (all.hidden() == 1 ? "" : "s")
                        + ", the fewest tried, the bent boundary gets all " + all.houses() + " on both engines")
                        + " (training accuracy: ten houses leave none to test on)."
                        + " Every width is held to the step proof: at every step, from DL4J's state, the "
                        + "hand-written engine's step is within " + people(Text.bound(section.stepBound()))
                        + " of DL4J's. Beside it, the two engines running free"
                        + (unbounded.isEmpty() ? ", with the one-ulp control that says how far the training "
                        + "magnifies rounding."
                        : ": with " + String.join(" and ", unbounded) + " units they part as far as one ulp of "
                        + "the start carries the hand-written engine against itself, so no trajectory bound "
                        + "exists there; the step proof holds all the same."),
                console.toString(), figures, section, List.of(figure));
    }

    /**
     * One width's proof in words a learner follows, e.g. "every step agrees within 1.8e-15; the two trajectories
     * part by 1.1e-1 at step 1114, as far as one ulp of the start carries the hand-written engine against itself
     * (9.2e-2)".
     */
    static String inWords(TwinProof p) {
        Difference step = p.step();
        Difference free = p.trajectory();
        String proof = p.agrees() ? "every step agrees within " + Text.brief(step.value())
                : "a step differs by " + Text.brief(step.value()) + " at step " + step.step() + ", ABOVE the bound "
                + Text.bound(p.stepBound()) + ": the engines compute different steps";
        String control = p.control() == null ? "" : Text.brief(p.control().value());
        if (!free.exceeds(p.stepBound())) {
            return proof + "; the two trajectories stay within " + Text.brief(free.value())
                    + (p.control() == null ? "" : ", as one ulp of the start does (" + control + ")")
                    + ": this training does not magnify rounding";
        }
        String parts = proof + "; the two trajectories part by " + Text.brief(free.value()) + " at step " + free.step();
        if (p.control() == null) {
            return parts;
        }
        if (p.trajectoryBound() == null) {
            return parts + ", as far as one ulp of the start carries the hand-written engine against itself ("
                    + control + ")";
        }
        return parts + ", within their bound " + Text.bound(p.trajectoryBound()) + " (one ulp of the start carries the "
                + "hand-written engine against itself " + control + ")";
    }

    /** The most terms one entry of any width's update sums: the houses, or the widest layer's inputs + 1. */
    private static long longestSum(List<HiddenRun> runs) {
        long n = 0;
        for (HiddenRun r : runs) {
            int[] sizes = {GuideData.FEATURES.size(), r.hidden(), r.classes().size()};
            n = Math.max(n, nnbasics.compare.network.NetworkTwins.longestSum(r.houses(), sizes));
        }
        return n;
    }

    /** "1.58e-15 (b1, step 1787)", for the table; "0 (bit-for-bit)" when equal. */
    private static String compact(Difference d) {
        if (d.value() == 0.0) {
            return "0 (bit-for-bit)";
        }
        return Difference.format(d.value()) + " (" + d.tensor() + ", step " + d.step() + ")";
    }

    /** The difference with the network's width in its tensor's name, so that a section's row says which run. */
    private static Difference named(Difference d, String width) {
        return new Difference(d.value(), d.tensor() + width, d.step());
    }

    /** Scientific notation in the narrative as people write it: "1.8e−15". */
    private static String people(String number) {
        return Report.people(number);
    }

    /** A sentence wrapped at {@link #COLUMNS} columns, continued with {@code indent}; ends with a newline. */
    static String wrap(String sentence, String indent) {
        int lead = 0;
        while (lead < sentence.length() && sentence.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(sentence.substring(0, lead));
        int start = line.length();
        for (String word : sentence.substring(lead).split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > COLUMNS) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
                start = indent.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    /** The console's width for the sentences. */
    static final int COLUMNS = 110;

    private static String matrix(String name, double[][] m) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < m.length; r++) {
            s.append(f("    %-3s", r == 0 ? name : ""));
            for (double v : m[r]) {
                s.append(f("  %9.4f", v));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String vector(String name, double[] v) {
        return matrix(name, new double[][] {v});
    }

    private static double[] column(double[][] matrix, int k) {
        double[] c = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            c[i] = matrix[i][k];
        }
        return c;
    }
}
