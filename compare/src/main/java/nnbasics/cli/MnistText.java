package nnbasics.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.mnist.EngineHistory;
import nnbasics.compare.mnist.EpochSummary;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.mnist.MnistResult;

/** What {@code nnbasics mnist} prints without {@code --json}: the run's header, a line per epoch, the summary. */
final class MnistText {

    private MnistText() {
    }

    /** The header: model, data, engines, schedule, seeds; then each engine's time to load the data. */
    static String header(MnistModel model, MnistModelOptions options, EngineChoice engine, int epochs,
                         SgdOptions sgd, int trainCount, Map<String, Double> loadSeconds) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "MNIST %s (%s): %d training images, %s, "
                + "%d epochs, batch %d, lr %s, seed %d%s%s%n",
                options.hidden() == null ? "softmax regression" : "network", model.architecture()
                        + (model.optimiser().isPlainSgd() ? "" : " · " + model.optimiser().describe()), trainCount,
                engine.label(), epochs, sgd.batch(), model.learningRate(), sgd.seed(),
                options.hidden() == null ? "" : ", init seed " + options.initSeed(),
                options.float32() ? ", DL4J in float32" : ""));
        loadSeconds.forEach((name, sec) -> s.append(String.format(Locale.ROOT, "  %s loaded the data in %.2f s%n",
                name, sec)));
        return s.toString();
    }

    /** "epoch 1:  hand test accuracy 91.80 % (loss 0.3384, 2.10 s) …  step proof …, trajectory …". */
    static String epochLine(EpochSummary summary) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "epoch %d:", summary.epoch() + 1));
        for (int e = 0; e < summary.engines().size(); e++) {
            s.append(String.format(Locale.ROOT, "  %s test accuracy %.2f %% (loss %.4f, %.2f s)",
                    summary.engines().get(e), 100 * summary.testAccuracy()[e], summary.trainLoss()[e],
                    summary.seconds()[e]));
        }
        if (!Double.isNaN(summary.stepProof())) {
            s.append("  step proof ").append(Difference.format(summary.stepProof())).append(", trajectory ")
                    .append(Difference.format(summary.trajectory()));
        }
        return s.toString();
    }

    /** The summary: each engine's final accuracy and seconds per epoch, the verdict, the pictures written. */
    static String summary(MnistResult result, int epochs, boolean float32, List<Path> pictures, Verdict verdict) {
        StringBuilder s = new StringBuilder();
        for (EngineHistory h : result.engines()) {
            double total = 0;
            for (double sec : h.secondsPerEpoch()) {
                total += sec;
            }
            s.append(String.format(Locale.ROOT, "%s: test accuracy %.2f %% after %d epoch%s, %.3f s per epoch%n",
                    h.name(), 100 * h.finalAccuracy(), epochs, epochs == 1 ? "" : "s", total / epochs));
        }
        if (verdict != null) {
            s.append(verdict.text().substring(1));
            if (float32) {
                s.append("(DL4J in float32, the hand-written engine in double)\n");
            }
        }
        for (Path p : pictures) {
            s.append("wrote ").append(p).append('\n');
        }
        return s.toString();
    }
}
