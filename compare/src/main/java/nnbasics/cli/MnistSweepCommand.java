package nnbasics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nnbasics.compare.Difference;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.charts.ChartFiles;
import nnbasics.charts.MnistCharts;
import nnbasics.charts.MnistSweepChart;
import nnbasics.compare.mnist.EngineHistory;
import nnbasics.compare.mnist.MnistSchedule;
import nnbasics.compare.mnist.MnistSplits;
import nnbasics.compare.mnist.MnistSweep;
import nnbasics.compare.mnist.MnistTraining;
import nnbasics.compare.network.HiddenActivation;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nnbasics mnist-sweep}: MNIST test accuracy against the number of hidden units, both engines in lock-step
 * for every width ({@link MnistSweep}), with the chart, the first layer's features and {@code sweep.json}.
 */
@Command(name = "mnist-sweep",
        header = "MNIST test accuracy against the number of hidden units, both engines in lock-step.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "For each width in --widths, train both engines on the MNIST training images from one start on the",
            "same shuffled batches, prove every update (the hand-written engine's step from DL4J's state against",
            "DL4J's: the batch loss, every W and b), follow the free-running trajectories, and measure the test",
            "accuracy: width 0 is the softmax regression of 'nnbasics mnist' (W = 0, b = 0), a width h is the",
            "network 784 -> h relu -> 10 softmax of 'nnbasics mnist --hidden h' (relu, or --activation; start",
            "from --init-seed). The same --seed, --epochs, --batch and --lr for every width; nothing is skipped",
            "or sampled.",
            "",
            "Prints a table (hidden units, test accuracy of each engine, the step proof, the trajectory, seconds)",
            "and writes into --out: accuracy-vs-hidden.png, sweep.json, and for each width above 0",
            "features-H-hand.png and features-H-dl4j.png (the first layer's weights into the first 32 hidden",
            "units as 28x28 images). Exits with 3 when a width's step proof is above its bound.",
            ""},
        footer = {
            "",
            "Examples:",
            "  nnbasics mnist-sweep",
            "  nnbasics mnist-sweep --widths 0,16,32,64,128 --epochs 3 --out out/sweep3"})
public final class MnistSweepCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /**
     * The widest hidden layer accepted: each step copies both engines' parameters for the comparison, and with
     * the training images (about 0.9 GB for both engines) everything must fit the launcher's 1 GB heap and the
     * native memory beside it.
     */
    static final int MAX_WIDTH = 1024;
    /** How many of a hidden layer's units the feature pictures show (as {@code mnist --hidden}). */
    private static final int UNITS_SHOWN = MnistPictures.UNITS_SHOWN;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "data/mnist", paramLabel = "DIR",
            description = "Folder of the four IDX files (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--widths", defaultValue = "0,16,32,64,128", paramLabel = "H,H,...",
            description = {"The hidden units of each run, one hidden layer each, 0 for softmax regression; each",
                "width once, drawn in ascending order (default: ${DEFAULT-VALUE})."})
    private String widths;

    @Option(names = "--epochs", defaultValue = "1", paramLabel = "N",
            description = "Passes over the training images, for every width (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Mixin
    private SgdOptions sgd;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "relu|tanh|sigmoid|identity",
            description = "The hidden layer's activation (default: ${DEFAULT-VALUE}).")
    private String activation;

    @Option(names = "--init-seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the networks' starting weights (default: ${DEFAULT-VALUE}).")
    private long initSeed;

    @Option(names = "--out", defaultValue = "out/mnist-sweep", paramLabel = "DIR",
            description = "Folder for the pictures and sweep.json (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--tolerance", paramLabel = "T",
            description = {"Exit with 3 when a step taken from the same state differs by more than T at any width",
                "(the step proof, docs/twin-difference.md). Default: the documented bound, max(1e-12, 2n x 2^-53),",
                "n = max(batch, 785, width + 1)."})
    private Double tolerance;

    @Option(names = "--hold-trajectory", description = Verdict.HOLD_TRAJECTORY_HELP)
    private boolean holdTrajectory;

    @Option(names = "--json", description = "Print sweep.json's object instead of the table.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        long begin = System.nanoTime();
        List<Integer> hidden = parseWidths(widths);
        HiddenActivation hiddenActivation = HiddenActivation.parse(activation);
        if (hiddenActivation == null) {
            throw new UsageError("--activation " + activation + ": expected relu, tanh, sigmoid or identity");
        }
        Double bound = tolerance == null ? null : TwinCheck.tolerance(tolerance, Tolerances.STEP_SHORT_SUMS);
        if (epochs < 1) {
            throw new UserError("--epochs must be at least 1, got " + epochs);
        }
        sgd.check();
        MnistFiles.require(data);
        OutputFolder.prepare("--out", out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        MnistSplits splits = MnistFiles.load(data, EngineChoice.BOTH, DataType.DOUBLE, sgd.batch());
        MnistSweep sweep = new MnistSweep(splits, hiddenActivation, initSeed, sgd.lr(),
                new MnistSchedule(epochs, sgd.batch(), sgd.seed()));
        if (!json) {
            stdout.printf(Locale.ROOT, "MNIST test accuracy against hidden units: %d training images, %d test "
                    + "images, both engines in lock-step, %d epoch%s, batch %d, lr %s, seed %d, init seed %d, %s%n",
                    splits.trainCount(), splits.testCount(), epochs, epochs == 1 ? "" : "s", sgd.batch(), sgd.lr(),
                    sgd.seed(), initSeed, hiddenActivation.label());
            stdout.flush();
        }
        Console console = System.console();
        MnistTraining.Progress progress = console == null ? MnistTraining.Progress.NONE
                : (epoch, done, total) -> EpochBar.draw(stderr, epoch, done, total);
        List<MnistSweep.Row> rows = sweep.run(hidden, bound, (index, count, architecture) -> {
            if (console != null) {
                stderr.print("\r" + " ".repeat(80) + "\r");
            }
            stderr.printf(Locale.ROOT, "mnist-sweep: width %d of %d, %s%n", index + 1, count, architecture);
            stderr.flush();
        }, progress);
        if (console != null) {
            stderr.print("\r" + " ".repeat(80) + "\r");
            stderr.flush();
        }
        List<Path> written = write(rows);
        double wallSeconds = (System.nanoTime() - begin) / 1e9;
        String object = json(rows, splits.trainCount(), splits.testCount(), hiddenActivation, wallSeconds);
        written.add(0, writeFile(out.resolve("sweep.json"), object + "\n"));
        if (json) {
            stdout.println(object);
        } else {
            stdout.print(table(rows));
            for (Path p : written) {
                stdout.println("wrote " + p);
            }
            stdout.printf(Locale.ROOT, "the whole sweep took %.1f s (loading the data included)%n", wallSeconds);
        }
        stdout.flush();
        return exitCode(rows);
    }

    /**
     * Parses {@code --widths} before any work: whole numbers from 0 to {@link #MAX_WIDTH}, separated by commas,
     * each once; returned ascending.
     */
    static List<Integer> parseWidths(String text) {
        String prefix = "--widths " + Values.singleQuoted(text) + ": ";
        if (text.isBlank()) {
            throw new UsageError(prefix + "expected hidden units separated by commas, e.g. 0,16,32,64,128");
        }
        TreeSet<Integer> seen = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new UsageError(prefix + "an empty width between commas; expected e.g. 0,16,32,64,128");
            }
            int width;
            try {
                width = Integer.parseInt(p);
            } catch (NumberFormatException notANumber) {
                throw new UsageError(prefix + Values.shown(p) + " is not a whole number of hidden units");
            }
            if (width < 0) {
                throw new UserError(prefix + "a width cannot be negative, got " + width
                        + " (0 is softmax regression, without a hidden layer)");
            }
            if (width > MAX_WIDTH) {
                throw new UserError(prefix + "at most " + MAX_WIDTH + " hidden units, got " + width);
            }
            if (!seen.add(width)) {
                throw new UserError(prefix + "the width " + width + " is given twice");
            }
        }
        return List.copyOf(seen);
    }

    private List<Path> write(List<MnistSweep.Row> rows) {
        List<Path> written = new ArrayList<>();
        int[] hidden = rows.stream().mapToInt(MnistSweep.Row::hidden).toArray();
        double[] hand = rows.stream().mapToDouble(MnistSweep.Row::handAccuracy).toArray();
        double[] dl4j = rows.stream().mapToDouble(MnistSweep.Row::dl4jAccuracy).toArray();
        try {
            Files.createDirectories(out);
            written.add(ChartFiles.savePng(MnistSweepChart.accuracy(hidden, hand, dl4j, String.format(Locale.ROOT,
                    "MNIST test accuracy after %d epoch%s, both engines", epochs, epochs == 1 ? "" : "s")),
                    out.resolve("accuracy-vs-hidden.png")));
            for (MnistSweep.Row row : rows) {
                if (row.hidden() == 0) {
                    continue;
                }
                for (EngineHistory h : row.result().engines()) {
                    int units = h.firstLayerUnits();
                    int shown = Math.min(UNITS_SHOWN, units);
                    String which = units <= UNITS_SHOWN ? "all " + units + " hidden units"
                            : "hidden units 0–" + (shown - 1) + " of " + units;
                    written.add(ChartFiles.savePng(MnistCharts.unitTemplates(h.firstLayerWeights(), units, shown,
                            "First-layer weights, " + which + " (" + row.architecture() + ", " + epochs
                                    + (epochs == 1 ? " epoch), " : " epochs), ")
                                    + (h.name().equals("hand") ? "hand-written" : "DL4J")),
                            out.resolve("features-" + row.hidden() + "-" + h.name() + ".png")));
                }
            }
        } catch (IOException e) {
            UserError line = OutputFolder.writeFailed("--out", out, e);
            throw line != null ? line
                    : new UserError("--out " + out + ": cannot write the pictures there (" + OutputFolder.reason(e) + ")");
        }
        return written;
    }

    private Path writeFile(Path file, String text) {
        try {
            return ChartFiles.writeString(file, text);
        } catch (IOException e) {
            UserError line = OutputFolder.writeFailed("--out", out, e);
            throw line != null ? line : new UserError("--out " + out + ": cannot write " + file + " ("
                    + OutputFolder.reason(e) + ")");
        }
    }

    /** What the sweep says about one width's engines: its step proof against its bound, its trajectory. */
    private Verdict verdict(MnistSweep.Row row) {
        return new Verdict(row.result().agreement(), row.stepBound(), row.trajectoryBound(), null, holdTrajectory);
    }

    private String table(List<MnistSweep.Row> rows) {
        boolean relu = rows.stream().anyMatch(r -> r.hidden() > 0) && HiddenActivation.parse(activation)
                == HiddenActivation.RELU;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%n%12s  %18s  %18s  %-24s  %9s  %-24s  %9s  %7s%s%n", "hidden units", "test accuracy hand",
                "test accuracy dl4j", "step proof (tensor, step)", "bound", "trajectory (tensor, step)", "bound",
                "seconds", relu ? "  silent units" : ""));
        for (MnistSweep.Row row : rows) {
            Verdict verdict = verdict(row);
            s.append(String.format(Locale.ROOT, "%12d  %16.2f %%  %16.2f %%  %-24s  %9s  %-24s  %9s  %7.1f%s%s%n",
                    row.hidden(), 100 * row.handAccuracy(), 100 * row.dl4jAccuracy(),
                    brief(row.result().agreement().step()), Difference.format(row.stepBound()),
                    brief(row.result().agreement().trajectory()), Difference.format(row.trajectoryBound()),
                    row.seconds(), !relu ? "" : String.format(Locale.ROOT, "  %13s",
                            row.hidden() == 0 ? "-" : row.silentUnits().size() + " of " + row.hidden()),
                    verdict.agree() ? "" : row.result().agreement().step().exceeds(row.stepBound())
                            ? "  step proof ABOVE its bound" : "  trajectory beyond its bound (held)"));
        }
        s.append("(0 hidden units: softmax regression 784 → 10; h: 784 → h → 10 softmax. Test accuracy after the\n"
                + " last epoch. Step proof: each update of the hand-written engine from DL4J's state against DL4J's\n"
                + " (decides); trajectory: the engines running free from the same start. Seconds: both engines'\n"
                + " steps, the step proof's, the comparisons and the evaluations.");
        if (relu) {
            s.append("\n Silent units: ReLU units that fire on none of the training images after the run (dead: their\n"
                    + " weights get no gradient any more).");
        }
        s.append(")\n");
        return s.toString();
    }

    /** "1.71e-15 (b, 1)": a difference with its tensor and step, short enough for a table cell. */
    private static String brief(Difference d) {
        return String.format(Locale.ROOT, "%s (%s, %d)", Difference.format(d.value()), d.tensor(), d.step());
    }

    private String json(List<MnistSweep.Row> rows, int trainCount, int testCount, HiddenActivation hiddenActivation,
                        double wallSeconds) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("trainingImages", trainCount);
        object.put("testImages", testCount);
        object.put("epochs", epochs);
        object.put("batch", sgd.batch());
        object.put("learningRate", sgd.lr());
        object.put("seed", sgd.seed());
        object.put("initSeed", initSeed);
        object.put("activation", hiddenActivation.label());
        List<Map<String, Object>> list = new ArrayList<>();
        for (MnistSweep.Row row : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("hidden", row.hidden());
            r.put("architecture", row.architecture());
            Map<String, Object> accuracy = new LinkedHashMap<>();
            Map<String, Object> seconds = new LinkedHashMap<>();
            for (EngineHistory h : row.result().engines()) {
                accuracy.put(h.name(), h.testAccuracy());
                seconds.put(h.name(), h.secondsPerEpoch());
            }
            r.put("testAccuracy", accuracy);
            r.put("secondsPerEpoch", seconds);
            verdict(row).put(r);
            r.put("maxRelativeDifferencePerEpoch", row.result().stepProofPerEpoch());
            r.put("trajectoryPerEpoch", row.result().trajectoryPerEpoch());
            r.put("seconds", row.seconds());
            if (row.hidden() > 0 && hiddenActivation == HiddenActivation.RELU) {
                r.put("silentUnits", row.silentUnits());
            }
            list.add(r);
        }
        object.put("widths", list);
        object.put("wallSeconds", wallSeconds);
        return JSON.writeValueAsString(object);
    }

    /**
     * 0, or {@link TwinCheck#TWINS_DISAGREE} after one line on stderr for each width whose step proof is above its
     * bound (or, with --hold-trajectory, whose trajectory is beyond its bound), naming the width.
     */
    private int exitCode(List<MnistSweep.Row> rows) {
        PrintWriter err = spec.commandLine().getErr();
        int code = 0;
        for (MnistSweep.Row row : rows) {
            Verdict verdict = verdict(row);
            if (verdict.agree()) {
                continue;
            }
            Difference step = row.result().agreement().step();
            if (step.exceeds(row.stepBound())) {
                err.println(String.format(Locale.ROOT, "nnbasics mnist-sweep: the engines disagree at %d hidden "
                        + "units: from the same state, tensor %s at step %d differs by %s, above the tolerance %s",
                        row.hidden(), step.tensor(), step.step(), Difference.format(step.value()),
                        Difference.format(row.stepBound())));
            } else {
                Difference free = row.result().agreement().trajectory();
                err.println(String.format(Locale.ROOT, "nnbasics mnist-sweep: the trajectories part at %d hidden "
                        + "units (--hold-trajectory): tensor %s at step %d differs by %s, above the bound %s",
                        row.hidden(), free.tensor(), free.step(), Difference.format(free.value()),
                        Difference.format(verdict.heldTrajectoryBound())));
            }
            code = TwinCheck.TWINS_DISAGREE;
        }
        err.flush();
        return code;
    }
}
