package nnbasics.guide;

import static nnbasics.guide.Text.f;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.charts.ChartStyle;
import nnbasics.charts.ConvergenceChart;
import nnbasics.charts.NetworkBoundaryChart;
import nnbasics.charts.NetworkDiagram;
import nnbasics.guide.HiddenLayerSections.HiddenRun;
import nnbasics.compare.network.NetworkTwins;

/**
 * Section 10.3, a hidden layer on the labelled houses: the lock-step run's probabilities and weights, its boundary,
 * its diagram and its proof.
 */
final class HiddenNetworkPage {

    private final Pictures pictures;

    HiddenNetworkPage(Pictures pictures) {
        this.pictures = pictures;
    }

    Section section(HiddenRun n) {
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
                .append(Text.proof(proof)).append(Text.wrap("  in words: " + ProofWords.inWords(proof), "    "));

        List<String> featureNames = List.of("area (sq ft)", "bathrooms");
        NetworkDiagram diagram = NetworkDiagram.withHiddenLayer(2, n.hidden(),
                        HiddenLayerSections.ACTIVATION.label(), n.classes().size())
                .withNames(GuideData.FEATURES, n.classes())
                .withLayers(w.get(0), b.get(0), w.get(1), b.get(1));
        List<Figure> drawn = List.of(
                pictures.chart("13-hidden-boundary", NetworkBoundaryChart.chart(raw, labels, n.classes(),
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
                        + "step is within " + Report.people(Text.brief(proof.step().value())) + " of DL4J's (bound "
                        + Report.people(Text.bound(proof.stepBound())) + "). The loss is not convex: along this "
                        + "trajectory gradient descent magnifies any difference, so the two engines running free "
                        + "part by " + Report.people(Text.brief(proof.trajectory().value())) + ", as one ulp of the start "
                        + "carries the hand-written engine against itself to "
                        + Report.people(Text.brief(n.control().value())) + ".",
                console.toString(), figures, proof, drawn);
    }

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
