package nnbasics.guide;

import static nnbasics.guide.Text.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.charts.ClassProbabilityChart;
import nnbasics.charts.ConvergenceChart;
import nnbasics.charts.DecisionBoundaryChart;
import nnbasics.charts.NetworkDiagram;
import nnbasics.charts.NotebookComparisonChart;
import nnbasics.charts.SoftmaxBarsChart;

/** The guide's sections 7 and 8: numbers, console tables and pictures. */
final class ClassificationPages {

    private final Pictures pictures;

    ClassificationPages(Pictures pictures) {
        this.pictures = pictures;
    }

    private static List<String> houseNames(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add("house " + i);
        }
        return names;
    }

    Section softmax() {
        List<double[]> outputs = ClassificationSections.softmaxTable();
        StringBuilder console = new StringBuilder(f("  %-14s  %s%n", "input", "softmax"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            double[] in = ClassificationSections.SOFTMAX_INPUTS.get(i);
            console.append(f("  %-14s  %s%n", vector(in, "%.0f"), vector(outputs.get(i), "%.4f")));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", in);
            row.put("softmax", outputs.get(i));
            rows.add(row);
        }
        List<Figure> drawn = new ArrayList<>();
        drawn.add(pictures.grid("07-softmax", SoftmaxBarsChart.charts(ClassificationSections.SOFTMAX_INPUTS,
                outputs), 4, "The guide's softmax table as bars: each input's probabilities."));
        List<NetworkDiagram> diagrams = new ArrayList<>();
        for (int features = 1; features <= 4; features++) {
            for (int classes = 2; classes <= 4; classes++) {
                NetworkDiagram diagram = NetworkDiagram.of(features, classes);
                diagrams.add(diagram);
                drawn.add(pictures.image(f("09-network-%dx%d", features, classes), diagram.toImage(),
                        diagram.toSvg(), f("The network for %d feature%s and %d classes: %d weights, %d biases.",
                                features, features == 1 ? "" : "s", classes, features * classes, classes)));
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("table", rows);
        return new Section("7.1", "Classification: softmax",
                "A classifier outputs one score per class; softmax turns the scores into probabilities that sum "
                        + "to 1. The shape explorer's networks: one weight per (feature, class) pair, one bias "
                        + "per class, a softmax, one output per class.", console.toString(), figures, null, drawn);
    }

    Section classifier(ClassificationSections.Classifier c) {
        int steps = c.run().steps();
        int good = c.classes().indexOf("good");
        String console = f("  cross-entropy, standardised features, rate 1, %d steps in lock-step%n", steps)
                + probabilityTable(c, good)
                + f("  training accuracy: hand %.0f%%, DL4J Evaluation %.0f%%%n", 100 * c.hand().accuracy(),
                100 * c.dl4jAccuracy())
                + f("  confusion matrix (rows actual %s, columns predicted): hand %s, DL4J %s%n", c.classes(),
                Arrays.deepToString(c.hand().counts()), Arrays.deepToString(c.dl4jCounts()))
                + "  compared at every step: the loss, W, b and every probability\n" + Text.proof(c.run().proof());
        Map<String, Object> figures = classifierFigures(c, good);
        List<String> houses = houseNames(c.labels().length);
        List<Figure> drawn = List.of(
                pictures.chart("08-probabilities", ClassProbabilityChart.chart(houses, "good",
                        column(c.handProbabilities(), good), column(c.dl4jProbabilities(), good),
                        "Section 7: P(good) per house, both engines"),
                        "The probability of 'good' for each house from the hand-written engine and from DL4J."),
                pictures.chart("08-decision-boundary", DecisionBoundaryChart.chart(c.features(), c.labels(),
                        c.classes(), GuideData.FEATURES, c.handModel().weights(), c.handModel().bias(),
                        "Section 7: the decision boundary (area × bathrooms)"),
                        "The labelled houses and the line where the classifier's two scores are equal."),
                pictures.grid("08-classifier-training", List.of(
                        ConvergenceChart.loss(c.run().trace().handLoss(), c.run().trace().dl4jLoss(),
                                "Section 7: cross-entropy per step, both engines", "cross-entropy (log scale)"),
                        RegressionPages.proofChart(c.run(), "Twin difference per step")), 1,
                        "The cross-entropy per step and the proof (loss, parameters and every probability): "
                                + "each step from DL4J's state (dots, held to the bound) and the engines running "
                                + "free (grey)."));
        return new Section("7.2", "Classification: a softmax classifier on the labelled houses",
                "The friend's good/bad labels, ten houses: softmax regression by gradient descent on the "
                        + "cross-entropy, on standardised features.", console, figures, c.run().proof(),
                drawn);
    }

    Section notebook(ClassificationSections.Classifier n, ClassificationSections.Classifier ce) {
        int steps = n.run().steps();
        int good = n.classes().indexOf("good");
        String console = f("  squared error on the softmax, raw features, rate 1e-6 on the notebook's cost "
                + "(5e-7 on DL4J's MSE), %d epochs%n", steps)
                + probabilityTable(n, good)
                + f("  every house predicted good: %s; accuracy: hand %.0f%%, DL4J Evaluation %.0f%% (the notebook: "
                + "7 of 10)%n", Arrays.stream(n.handProbabilities()).allMatch(p -> p[good] > 0.5),
                100 * n.hand().accuracy(), 100 * n.dl4jAccuracy())
                + Text.proof(n.run().proof());
        Figure figure = pictures.chart("10-notebook", NotebookComparisonChart.chart(houseNames(n.labels().length),
                        column(n.handProbabilities(), good), column(ce.handProbabilities(), good),
                        "Section 8: the notebook's run against the cross-entropy model"),
                "P(good) per house: the notebook's tiny-weight model says ~0.7 for every house; the "
                        + "cross-entropy model on standardised features separates them.");
        return new Section("8", "The companion notebook",
                "The notebook trains the same classifier with a squared-error cost on raw features at rate 1e−6: "
                        + "after 2000 epochs the weights are tiny and every house is called good — 7 of 10 right, "
                        + "a lesson on feature scaling and on the choice of loss.", console,
                classifierFigures(n, good), n.run().proof(), List.of(figure));
    }

    private static Map<String, Object> classifierFigures(ClassificationSections.Classifier c, int good) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("classes", c.classes());
        figures.put("steps", c.run().steps());
        figures.put("probabilityGoodHand", column(c.handProbabilities(), good));
        figures.put("probabilityGoodDl4j", column(c.dl4jProbabilities(), good));
        figures.put("accuracyHand", c.hand().accuracy());
        figures.put("accuracyDl4j", c.dl4jAccuracy());
        figures.put("confusionMatrixHand", c.hand().counts());
        figures.put("confusionMatrixDl4j", c.dl4jCounts());
        figures.put("finalLossHand", c.run().trace().handLoss()[c.run().steps()]);
        return figures;
    }

    private static String probabilityTable(ClassificationSections.Classifier c, int good) {
        StringBuilder s = new StringBuilder(f("  %-6s  %5s  %9s  %5s  %14s  %14s  %9s%n", "house", "area",
                "bathrooms", "label", "P(good) hand", "P(good) DL4J", "predicted"));
        for (int i = 0; i < c.labels().length; i++) {
            double p = c.handProbabilities()[i][good];
            s.append(f("  %-6d  %5.0f  %9.0f  %5s  %14.6f  %14.6f  %9s%n", i + 1, c.features()[i][0],
                    c.features()[i][1], c.classes().get(c.labels()[i]), p, c.dl4jProbabilities()[i][good],
                    p > 0.5 ? "good" : "bad"));
        }
        return s.toString();
    }

    private static double[] column(double[][] matrix, int k) {
        return Arrays.stream(matrix).mapToDouble(row -> row[k]).toArray();
    }

    private static String vector(double[] v, String format) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(f(format, v[i]));
        }
        return s.append(']').toString();
    }
}
