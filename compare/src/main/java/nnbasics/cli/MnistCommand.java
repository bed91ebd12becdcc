package nnbasics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nnbasics.compare.Difference;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.compare.charts.ChartFiles;
import nnbasics.compare.charts.MnistCharts;
import nnbasics.compare.mnist.EngineHistory;
import nnbasics.compare.mnist.EpochSummary;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.mnist.MnistResult;
import nnbasics.compare.mnist.MnistSchedule;
import nnbasics.compare.mnist.MnistSplits;
import nnbasics.compare.mnist.MnistTraining;
import nnbasics.compare.mnist.MnistTwins;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.dl4j.mnist.MnistFormatException;
import nnbasics.handwritten.mnist.IdxFormatException;
import nnbasics.handwritten.mnist.MnistData;
import org.knowm.xchart.XYChart;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnbasics mnist}: softmax regression, or with {@code --hidden} a network, on the MNIST digits with both
 * engines, in lock-step.
 */
@Command(name = "mnist",
        header = "Softmax regression (or a network) on MNIST with both engines, from the same batches.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train softmax regression  p = softmax(x·W + b)  on the 60,000 MNIST training images (784 pixels",
            "scaled to [0, 1], 10 digits) from W = 0, b = 0 by mini-batch SGD on the mean cross-entropy, as the",
            "TensorFlow tutorial the guide prepares for; print the test accuracy after each epoch.",
            "Each epoch visits the rows in an order shuffled from --seed; both engines get the same batches.",
            "With --engine both, the engines train in lock-step: at every update the hand-written engine also",
            "steps from DL4J's state and that step (batch loss, W, b) is compared with DL4J's (the step proof,",
            "which decides the exit code); the free-running engines are compared too (the trajectory).",
            "",
            "--hidden 128 trains a network instead: 784 -> 128 relu -> 10 softmax (--activation relu is the",
            "default here), from a start drawn from --init-seed (He uniform for relu's hidden layers, Xavier",
            "uniform otherwise and for the output layer, b = 0), the same numbers for both engines; every W",
            "and b is proven at every update. See docs/hidden-layers.md.",
            "",
            "Pictures go into --out: loss and accuracy per epoch, the ten weight templates (with --hidden: the",
            "first 32 hidden units' weights as 28x28 images), the confusion matrix.",
            "The data comes from data/mnist/fetch.",
            ""},
        footer = {
            "",
            "Examples:",
            "  data/mnist/fetch && nnbasics mnist",
            "  nnbasics mnist --engine dl4j --float32 --epochs 10 --json",
            "  nnbasics mnist --hidden 128 --activation relu --epochs 10"})
public final class MnistCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Width of the progress bar, in characters. */
    private static final int BAR = 30;
    /** With --hidden: the activation when --activation is not given (ReLU, the usual choice for MNIST). */
    static final HiddenActivation DEFAULT_ACTIVATION = HiddenActivation.RELU;
    /** With --hidden: the seed of the start when --init-seed is not given. */
    static final long DEFAULT_INIT_SEED = 1L;
    /** How many of a hidden layer's units the weight picture shows. */
    private static final int UNITS_SHOWN = 32;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "data/mnist", paramLabel = "DIR",
            description = "Folder of the four IDX files (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--engine", defaultValue = "both", paramLabel = "hand|dl4j|both",
            converter = EngineConverter.class, description = "Which engine trains (default: ${DEFAULT-VALUE}).")
    private EngineChoice engine;

    @Option(names = "--epochs", defaultValue = "5", paramLabel = "N",
            description = "Passes over the training images (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Mixin
    private SgdOptions sgd;

    @Option(names = "--hidden", split = ",", paramLabel = "N,N,...",
            description = {"Hidden layers, input side first, by their widths (each at least 1): a network, not",
                "softmax regression; e.g. --hidden 128 for 784 -> 128 relu -> 10 softmax."})
    private List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "relu|tanh|sigmoid|identity",
            description = "With --hidden: the hidden layers' activation (default: relu).")
    private String activation;

    @Option(names = "--init-seed", paramLabel = "S",
            description = {"With --hidden: the seed of the starting weights (default: 1); --seed stays the seed of",
                "the shuffles."})
    private Long initSeed;

    @Option(names = "--float32",
            description = "DL4J computes in single precision (the hand-written engine always uses double).")
    private boolean float32;

    @Option(names = "--out", defaultValue = "out/mnist", paramLabel = "DIR",
            description = "Folder for the pictures (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--tolerance", paramLabel = "T",
            description = {"With both engines: exit with 3 when a step taken from the same state differs by more",
                "than T (the step proof, docs/twin-difference.md). Default: the documented bound,",
                "max(1e-12, n x 2^-53), n = max(batch, 785, widths + 1); max(9007, n) x 2^-24 with --float32."})
    private Double tolerance;

    @Option(names = "--hold-trajectory", description = Verdict.HOLD_TRAJECTORY_HELP)
    private boolean holdTrajectory;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        HiddenActivation hiddenActivation = networkFlags();
        TwinCheck.tolerance(tolerance, Tolerances.STEP_SHORT_SUMS);   // checks --tolerance up-front
        if (epochs < 1) {
            throw new UserError("--epochs must be at least 1, got " + epochs);
        }
        sgd.check();
        requireFiles(data);
        OutputFolder.prepare("--out", out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        MnistModel model = model(hiddenActivation);
        MnistSplits splits;
        try {
            splits = MnistSplits.load(data, engine, model.dl4jType());
        } catch (IdxFormatException | MnistFormatException e) {
            throw new UserError(e.getMessage() + " (run data/mnist/fetch to fetch the files again)");
        }
        int trainCount = splits.trainCount();
        if (sgd.batch() > trainCount) {
            throw new UserError("--batch " + sgd.batch() + ": expected at most " + trainCount + ", the number of "
                    + "training images in " + data);
        }
        Console console = System.console();
        MnistTraining.Progress progress = console == null ? MnistTraining.Progress.NONE
                : (epoch, done, total) -> bar(stderr, epoch, done, total);
        if (!json) {
            stdout.printf(Locale.ROOT, "MNIST %s (%s): %d training images, %s, %d epochs, batch %d, "
                    + "lr %s, seed %d%s%s%n", hidden == null ? "softmax regression" : "network",
                    model.architecture(), trainCount, engine.label(), epochs, sgd.batch(), sgd.lr(),
                    sgd.seed(), hidden == null ? "" : ", init seed " + initSeed(), float32 ? ", DL4J in float32" : "");
            splits.loadSeconds().forEach((name, s) -> stdout.printf(Locale.ROOT, "  %s loaded the data in %.2f s%n",
                    name, s));
            stdout.flush();
        }
        MnistSchedule schedule = new MnistSchedule(epochs, sgd.batch(), sgd.seed());
        MnistResult result = MnistTwins.of(splits, model, schedule).run(progress,
                summary -> {
                    if (console != null) {
                        stderr.print("\r" + " ".repeat(BAR + 40) + "\r");
                        stderr.flush();
                    }
                    if (!json) {
                        stdout.println(epochLine(summary));
                        stdout.flush();
                    }
                });
        Verdict verdict = !result.compared() ? null : new Verdict(result.agreement(),
                TwinCheck.tolerance(tolerance, model.stepBound(sgd.batch())), model.trajectoryBound(), null,
                holdTrajectory);
        List<Path> pictures = pictures(result);
        if (json) {
            stdout.println(json(result, splits.loadSeconds(), hiddenActivation, verdict));
        } else {
            stdout.print(text(result, pictures, verdict));
        }
        stdout.flush();
        return verdict == null ? 0 : verdict.exitCode(spec.commandLine());
    }

    /** Checks that the four IDX files are in {@code data}, before any work: one line saying how to fetch them. */
    static void requireFiles(Path data) {
        for (String name : List.of(MnistData.TRAIN_IMAGES, MnistData.TRAIN_LABELS, MnistData.TEST_IMAGES,
                MnistData.TEST_LABELS)) {
            if (!Files.isRegularFile(data.resolve(name))) {
                throw new UserError("no MNIST data: " + data.resolve(name) + " is missing; run data/mnist/fetch");
            }
        }
    }

    /** A progress bar for one epoch on {@code err}, redrawn in place (for a console). */
    static void bar(PrintWriter err, int epoch, int done, int total) {
        int step = Math.max(1, total / 100);
        if (done % step != 0 && done != total) {
            return;
        }
        int filled = (int) ((long) done * BAR / total);
        err.print("\repoch " + (epoch + 1) + " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done
                + "/" + total);
        err.flush();
    }

    private static String epochLine(EpochSummary summary) {
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

    private List<Path> pictures(MnistResult result) throws IOException {
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
            throw new UserError("--out " + out + ": cannot write the pictures there (" + OutputFolder.reason(e) + ")");
        }
        return written;
    }

    /**
     * Checks the network flags before any work: --activation and --init-seed need --hidden; widths of at least 1;
     * the network twins compute in double only.
     *
     * @return the hidden activation, or null for softmax regression
     */
    private HiddenActivation networkFlags() {
        if (hidden == null) {
            if (activation != null) {
                throw new UserError("--activation needs --hidden (the widths of the hidden layers, e.g. --hidden 128)");
            }
            if (initSeed != null) {
                throw new UserError("--init-seed needs --hidden (the widths of the hidden layers, e.g. --hidden 128)");
            }
            return null;
        }
        for (int width : hidden) {
            if (width < 1) {
                throw new UserError("--hidden " + String.join(",", hidden.stream().map(String::valueOf).toList())
                        + ": every hidden layer needs at least 1 unit, got " + width);
            }
        }
        if (float32) {
            throw new UserError("--float32 is for softmax regression: the network twins compute in double");
        }
        if (activation == null) {
            return DEFAULT_ACTIVATION;
        }
        HiddenActivation parsed = HiddenActivation.parse(activation);
        if (parsed == null) {
            throw new UserError("--activation " + activation + ": expected relu, tanh, sigmoid or identity");
        }
        return parsed;
    }

    private long initSeed() {
        return initSeed == null ? DEFAULT_INIT_SEED : initSeed;
    }

    /** The model the flags ask for: softmax regression (DL4J in float32 with --float32), or a network. */
    private MnistModel model(HiddenActivation hiddenActivation) {
        if (hiddenActivation == null) {
            return MnistModel.softmax(sgd.lr(), float32 ? DataType.FLOAT : DataType.DOUBLE);
        }
        return MnistModel.network(hidden.stream().mapToInt(Integer::intValue).toArray(), hiddenActivation,
                initSeed(), sgd.lr());
    }

    private String text(MnistResult result, List<Path> pictures, Verdict verdict) {
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

    private String json(MnistResult result, Map<String, Double> loadSeconds, HiddenActivation hiddenActivation,
                        Verdict verdict) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("engine", engine.label());
        object.put("architecture", model(hiddenActivation).architecture());
        if (hiddenActivation != null) {
            object.put("hidden", hidden);
            object.put("activation", hiddenActivation.label());
            object.put("initSeed", initSeed());
        }
        object.put("epochs", epochs);
        object.put("batch", sgd.batch());
        object.put("learningRate", sgd.lr());
        object.put("seed", sgd.seed());
        object.put("float32", float32);
        Map<String, Object> accuracy = new LinkedHashMap<>();
        Map<String, Object> seconds = new LinkedHashMap<>();
        Map<String, Object> loss = new LinkedHashMap<>();
        for (EngineHistory h : result.engines()) {
            accuracy.put(h.name(), h.testAccuracy());
            seconds.put(h.name(), h.secondsPerEpoch());
            loss.put(h.name(), h.trainLoss());
        }
        object.put("testAccuracy", accuracy);
        object.put("secondsPerEpoch", seconds);
        object.put("trainLoss", loss);
        object.put("loadSeconds", loadSeconds);
        if (verdict != null) {
            verdict.put(object);
            object.put("maxRelativeDifferencePerEpoch", result.stepProofPerEpoch());
            object.put("trajectoryPerEpoch", result.trajectoryPerEpoch());
        }
        return JSON.writeValueAsString(object);
    }
}
