package nnbasics.guide;

import static nnbasics.guide.Text.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnbasics.charts.ConvergenceChart;
import nnbasics.charts.UpdaterChart;
import nnbasics.compare.Difference;
import nnbasics.compare.Tolerances;
import nnbasics.guide.UpdaterSections.Run;
import nnbasics.guide.UpdaterSections.Runs;

/**
 * Section 11, "How the step is taken": SGD, momentum and Adam on section 10.3's network from the same start (loss
 * per step, both engines, one picture), DL4J's Adam against the textbook Adam, and what L2 does to the weights.
 */
final class StepTakenPage {

    /** The steps at which the textbook Adam's distance from DL4J's is printed. */
    private static final int[] SHOWN = {1, 10, 100, UpdaterSections.STEPS};

    private final Pictures pictures;

    StepTakenPage(Pictures pictures) {
        this.pictures = pictures;
    }

    Section section(Runs r) {
        int steps = UpdaterSections.STEPS;
        StringBuilder console = new StringBuilder(f("  %s on the standardised houses, cross-entropy, %d full-batch "
                + "steps from one start (seed %d), both engines in lock-step%n", r.adam().twins().hand().engine()
                .architecture(), steps, HiddenLayerSections.SEED));
        console.append(f("  %-52s  %12s  %12s  %10s%n", "the step", "final loss", "DL4J's", "step proof"));
        Difference worst = Difference.NONE;
        List<UpdaterChart.Run> drawn = new ArrayList<>();
        Map<String, Object> finals = new LinkedHashMap<>();
        for (Run run : r.runs()) {
            Difference proof = run.trace().stepWorst();
            worst = worst.max(proof);
            console.append(f("  %-52s  %12.6f  %12.6f  %10s%n", run.optimiser().describe(),
                    run.trace().handLoss()[steps], run.trace().dl4jLoss()[steps], Text.brief(proof.value())));
            finals.put(run.optimiser().describe(), run.trace().handLoss()[steps]);
            if (run != r.runs().get(r.runs().size() - 1)) {
                drawn.add(new UpdaterChart.Run(run.optimiser().describe(), run.trace().handLoss(),
                        run.trace().dl4jLoss()));
            }
        }
        double[] apart = r.textbook().difference();
        console.append("  DL4J's Adam (ε on √v) against the textbook Adam (ε on √v̂), both by hand from the same start:"
                + "\n  relative difference of the parameters");
        for (int k : SHOWN) {
            console.append(f(" %s at step %d;", Text.brief(apart[k]), k));
        }
        console.setLength(console.length() - 1);
        console.append(f("%n  final loss: DL4J's form %.6f, textbook %.6f%n", r.textbook().handLoss()[steps],
                r.textbookLoss()[steps]));
        Run sgd = r.runs().get(0);
        Run l2 = r.runs().get(3);
        double normSgd = UpdaterSections.weightNorm(sgd.twins().hand().engine().weights());
        double normL2 = UpdaterSections.weightNorm(l2.twins().hand().engine().weights());
        double normDl4j = UpdaterSections.weightNorm(l2.twins().dl4j().engine().weights());
        console.append(f("  what L2 does: ‖W‖ after %d SGD steps %.4f; with L2 %s on the weights %.4f (DL4J %.4f): "
                        + "the c·W added to the gradient pulls every weight toward 0, the biases are left alone%n",
                steps, normSgd, nnbasics.handwritten.updaters.Optimiser.number(UpdaterSections.L2), normL2,
                normDl4j));
        Run adam = r.adam();
        Double trajectoryBound = Tolerances.hasNetworkBound(r.control().value())
                ? Tolerances.network(r.control().value()) : null;
        TwinProof proof = new TwinProof(worst, adam.stepBound(), adam.trace().worst(), trajectoryBound, r.control());
        console.append("  compared at every step: the loss, W1, b1, W2, b2, every probability P and the updater's "
                + "state (the velocity; Adam's m and v); the trajectory and its control are Adam's\n")
                .append(Text.proof(proof)).append(Text.wrap("  in words: " + ProofWords.inWords(proof), "    "));

        List<Figure> figures = List.of(pictures.grid("15-how-the-step-is-taken", List.of(
                        UpdaterChart.losses(drawn, "Section 11: the same network, three ways to take the step"),
                        ConvergenceChart.relativeDifference(java.util.Arrays.copyOf(apart, steps + 1),
                                "DL4J's Adam against the textbook Adam, by hand from one start",
                                "|DL4J's form − textbook| / max(|DL4J's|, |textbook|)")), 1,
                "Top: the cross-entropy per step with SGD, momentum and Adam from the same start, each drawn by "
                        + "both engines (wide: hand-written; dashed: DL4J, on top). Bottom: how far the textbook Adam "
                        + "(ε on the bias-corrected √v̂) is from DL4J's (ε on √v) at each step, by hand."));
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("steps", steps);
        numbers.put("finalLossHand", finals);
        numbers.put("textbookAdamApart", apart[steps]);
        numbers.put("textbookAdamApartAtStep1", apart[1]);
        numbers.put("weightNormSgd", normSgd);
        numbers.put("weightNormL2", normL2);
        numbers.put("weightNormL2Dl4j", normDl4j);
        return new Section("11", "How the step is taken",
                "Gradient descent subtracts η times the gradient; the updaters DL4J offers take the step "
                        + "differently. Momentum (DL4J's Nesterovs) keeps a velocity; Adam keeps running means m of "
                        + "g and v of g² and divides one by the root of the other. From the same start, on the same "
                        + "network, they take different paths; each is proven at every step with its state "
                        + "(velocity, m, v) compared like the weights. DL4J's Adam puts ε on the uncorrected √v "
                        + "and folds the bias corrections into the rate, where Kingma and Ba's textbook puts it on "
                        + "√v̂: the two part by " + Report.people(Text.brief(apart[steps])) + " over "
                        + steps + " steps here, far above the step proof's bound, so a learner's textbook Adam "
                        + "would be caught. L2 adds c·W to the gradient, shrinking the weights, not the biases "
                        + "(docs/derivations.md, sections 12–15).",
                console.toString(), numbers, proof, figures);
    }
}
