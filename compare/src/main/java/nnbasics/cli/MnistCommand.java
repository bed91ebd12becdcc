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
import nnbasics.compare.mnist.Dl4jMnistEngine;
import nnbasics.compare.mnist.Dl4jMnistNetworkEngine;
import nnbasics.compare.mnist.EngineHistory;
import nnbasics.compare.mnist.EpochSummary;
import nnbasics.compare.mnist.HandMnistEngine;
import nnbasics.compare.mnist.HandMnistNetworkEngine;
import nnbasics.compare.mnist.MnistEngine;
import nnbasics.compare.mnist.MnistResult;
import nnbasics.compare.mnist.MnistSchedule;
import nnbasics.compare.mnist.MnistTraining;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.dl4j.mnist.MnistFormatException;
import nnbasics.handwritten.mnist.IdxFormatException;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.network.NetworkStart;
import org.knowm.xchart.XYChart;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
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
            "With --engine both, the engines train in lock-step and W, b and the batch loss are compared",
            "after every step.",
            "",
            "--hidden 128 trains a network instead: 784 -> 128 relu -> 10 softmax (--activation relu is the",
            "default here), from a start drawn from --init-seed (He uniform for relu's hidden layers, Xavier",
            "uniform otherwise and for the output layer, b = 0), the same numbers for both engines; every W",
            "and b is compared after every step. See docs/hidden-layers.md.",
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
            description = {"With both engines: exit with 3 when they differ by more than T (the twin difference per",
                "tensor, see docs/twin-difference.md). Default: 1e-9 (also with --hidden, docs/hidden-layers.md),",
                "1e-3 with --float32."})
    private Double tolerance;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        HiddenActivation hiddenActivation = networkFlags();
        tolerance();
        if (epochs < 1) {
            throw new UserError("--epochs must be at least 1, got " + epochs);
        }
        sgd.check();
        requireFiles(data);
        OutputFolder.prepare("--out", out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Map<String, Double> loadSeconds = new LinkedHashMap<>();
        List<MnistEngine> engines = new ArrayList<>();
        int trainCount;
        try {
            trainCount = -1;
            if (engine.runsHand()) {
                long start = System.nanoTime();
                MnistData train = MnistData.training(data);
                MnistData test = MnistData.test(data);
                loadSeconds.put("hand", (System.nanoTime() - start) / 1e9);
                trainCount = train.count();
                engines.add(hiddenActivation == null ? new HandMnistEngine(train, test, sgd.lr())
                        : new HandMnistNetworkEngine(train, test, start(hiddenActivation), hiddenActivation, sgd.lr()));
            }
            if (engine.runsDl4j()) {
                DataType type = float32 ? DataType.FLOAT : DataType.DOUBLE;
                Nd4j.getBackend();   // ND4J's native start-up (0.6–1 s) is not part of reading the files
                long start = System.nanoTime();
                MnistArrays train = MnistArrays.training(data, type);
                MnistArrays test = MnistArrays.test(data, type);
                loadSeconds.put("dl4j", (System.nanoTime() - start) / 1e9);
                trainCount = train.count();
                engines.add(hiddenActivation == null ? new Dl4jMnistEngine(train, test, sgd.lr(), type)
                        : new Dl4jMnistNetworkEngine(train, test, start(hiddenActivation), hiddenActivation, sgd.lr()));
            }
        } catch (IdxFormatException | MnistFormatException e) {
            throw new UserError(e.getMessage() + " (run data/mnist/fetch to fetch the files again)");
        }
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
                    architecture(hiddenActivation), trainCount, engine.label(), epochs, sgd.batch(), sgd.lr(),
                    sgd.seed(), hidden == null ? "" : ", init seed " + initSeed(), float32 ? ", DL4J in float32" : "");
            loadSeconds.forEach((name, s) -> stdout.printf(Locale.ROOT, "  %s loaded the data in %.2f s%n", name, s));
            stdout.flush();
        }
        MnistSchedule schedule = new MnistSchedule(epochs, sgd.batch(), sgd.seed());
        MnistResult result = MnistTraining.run(engines, trainCount, schedule, progress,
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
        List<Path> pictures = pictures(result);
        if (json) {
            stdout.println(json(result, loadSeconds, hiddenActivation));
        } else {
            stdout.print(text(result, pictures));
        }
        stdout.flush();
        return TwinCheck.exitCode(spec.commandLine(), result.difference(), tolerance());
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
        if (!Double.isNaN(summary.maxRelativeDifference())) {
            s.append("  twin difference ").append(Difference.format(summary.maxRelativeDifference()));
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

    /** The bound the run is held to: --tolerance, or the documented one for the model and the precision. */
    private double tolerance() {
        return TwinCheck.tolerance(tolerance, hidden != null ? Tolerances.MNIST_NETWORK
                : float32 ? Tolerances.MNIST_FLOAT32 : Tolerances.MNIST_DOUBLE);
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

    /** @return 784, the hidden widths…, 10 */
    private int[] sizes() {
        int[] sizes = new int[(hidden == null ? 0 : hidden.size()) + 2];
        sizes[0] = MnistData.PIXELS;
        for (int l = 1; l + 1 < sizes.length; l++) {
            sizes[l] = hidden.get(l - 1);
        }
        sizes[sizes.length - 1] = MnistData.CLASSES;
        return sizes;
    }

    /** @return "784 → 10 softmax" or "784 → 128 relu → 10 softmax" */
    private String architecture(HiddenActivation hiddenActivation) {
        return NetworkTwins.architecture(sizes(), hiddenActivation == null ? DEFAULT_ACTIVATION : hiddenActivation);
    }

    /** The one start of both engines, drawn from --init-seed by the hand-written Initialisation. */
    private NetworkStart start(HiddenActivation hiddenActivation) {
        return NetworkTwins.start(sizes(), hiddenActivation, initSeed());
    }

    private String text(MnistResult result, List<Path> pictures) {
        StringBuilder s = new StringBuilder();
        for (EngineHistory h : result.engines()) {
            double total = 0;
            for (double sec : h.secondsPerEpoch()) {
                total += sec;
            }
            s.append(String.format(Locale.ROOT, "%s: test accuracy %.2f %% after %d epoch%s, %.3f s per epoch%n",
                    h.name(), 100 * h.finalAccuracy(), epochs, epochs == 1 ? "" : "s", total / epochs));
        }
        if (result.compared()) {
            s.append(Twins.text(result.difference(), tolerance(), true).substring(1));
            if (float32) {
                s.append("(DL4J in float32, the hand-written engine in double)\n");
            }
        }
        for (Path p : pictures) {
            s.append("wrote ").append(p).append('\n');
        }
        return s.toString();
    }

    private String json(MnistResult result, Map<String, Double> loadSeconds, HiddenActivation hiddenActivation)
            throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("engine", engine.label());
        object.put("architecture", architecture(hiddenActivation));
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
        if (result.compared()) {
            Twins.put(object, result.difference(), tolerance());
            object.put("maxRelativeDifferencePerEpoch", result.maxRelativeDifferencePerEpoch());
        }
        return JSON.writeValueAsString(object);
    }
}
