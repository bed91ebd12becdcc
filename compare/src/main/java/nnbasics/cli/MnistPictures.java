package nnbasics.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnbasics.charts.ChartFiles;
import nnbasics.charts.MnistCharts;
import nnbasics.compare.mnist.EngineHistory;
import nnbasics.compare.mnist.MnistResult;
import org.knowm.xchart.XYChart;

/**
 * {@code nnbasics mnist}'s pictures: loss and accuracy per epoch, each engine's weight templates (or its first
 * hidden units' weights) and its confusion matrix.
 */
final class MnistPictures {

    /** How many of a hidden layer's units the weight picture shows. */
    static final int UNITS_SHOWN = 32;

    private MnistPictures() {
    }

    /** Writes the pictures of {@code result} into {@code out}; returns the files in the order written. */
    static List<Path> write(MnistResult result, Path out) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(out);
            List<String> names = result.engines().stream().map(EngineHistory::name).toList();
            XYChart loss = MnistCharts.loss(names, result.engines().stream().map(EngineHistory::trainLoss).toList());
            XYChart accuracy = MnistCharts.accuracy(names,
                    result.engines().stream().map(EngineHistory::testAccuracy).toList());
            written.add(ChartFiles.savePng(List.of(loss, accuracy), 2, out.resolve("mnist-loss-accuracy.png")));
            for (EngineHistory history : result.engines()) {
                String label = history.name().equals("hand") ? "hand-written" : "DL4J";
                BufferedImage weights = history.hasHiddenLayers()
                        ? MnistCharts.unitTemplates(history.firstLayerWeights(), history.firstLayerUnits(),
                                Math.min(UNITS_SHOWN, history.firstLayerUnits()), "First-layer weights of "
                                        + (history.firstLayerUnits() <= UNITS_SHOWN ? "the hidden units"
                                        : "hidden units 0–" + (UNITS_SHOWN - 1) + " of " + history.firstLayerUnits())
                                        + ", " + label)
                        : MnistCharts.weightTemplates(history.firstLayerWeights(), "Learned weight templates, " + label);
                written.add(ChartFiles.savePng(weights, out.resolve("mnist-weights-" + history.name() + ".png")));
                written.add(ChartFiles.savePng(MnistCharts.confusion(history.confusion(),
                        "Confusion matrix on the test images, " + label),
                        out.resolve("mnist-confusion-" + history.name() + ".png")));
            }
        } catch (IOException e) {
            UserError line = OutputFolder.writeFailed("--out", out, e);
            throw line != null ? line
                    : new UserError("--out " + out + ": cannot write the pictures there (" + OutputFolder.reason(e) + ")");
        }
        return written;
    }
}
