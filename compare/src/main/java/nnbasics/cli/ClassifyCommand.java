package nnbasics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.compare.classification.ClassifierFit;
import nnbasics.compare.classification.ClassifyRequest;
import nnbasics.compare.classification.ClassifyResult;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxAutoRate;
import nnbasics.compare.classification.SoftmaxFit;
import nnbasics.compare.model.SavedModel;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.LayersFile;
import nnbasics.compare.network.NetworkFit;
import nnbasics.compare.network.NetworkOutcome;
import nnbasics.compare.network.NetworkRequest;
import nnbasics.compare.network.NetworkResult;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.updaters.Optimiser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnbasics classify}: softmax regression on a labelled CSV, evaluated on a second one. */
@Command(name = "classify",
        header = "Train a softmax classifier on a labelled CSV file: by hand, DL4J, or both.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train a softmax classifier  p = softmax(x·W + b)  on a labelled CSV file (header row first) by",
            "full-batch gradient descent from zero, with the hand-written engine, DL4J, or both in lock-step.",
            "Classes are the distinct values of the label column, sorted by name.",
            "",
            "--loss cross-entropy:  L = -(1/N) * sum log p[true class]         (DL4J's MCXENT)",
            "--loss mse:            L = sum (p - onehot)^2 / (N*K)              (DL4J's MSE on the softmax)",
            "The companion notebook's cost sum (p - onehot)^2 / (2*N*K) is half of --loss mse: its learning",
            "rate 1e-6 is --lr 5e-7 here.",
            "",
            "--hidden 8,4 adds hidden layers (here two, of 8 and 4 units) before the softmax: a network trained by",
            "full-batch gradient descent on the cross-entropy from a start drawn from --seed (Xavier uniform, He",
            "uniform for relu, b = 0) or read from --init; both engines start from the same numbers. See",
            "docs/hidden-layers.md.",
            ""},
        footer = {
            "",
            "Examples:",
            "  nnbasics classify --data data/houses-labelled.csv --label label --standardize --lr 1 --steps 500",
            "  nnbasics classify --data data/houses-labelled.csv --label label --loss mse --lr 5e-7 --steps 2000",
            "  nnbasics classify --data data/houses-labelled.csv --label label --standardize --hidden 4 --lr 0.5 "
                    + "--steps 2000"})
public final class ClassifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "The labelled training CSV.")
    private Path data;

    @Option(names = "--label", required = true, paramLabel = "COLUMN", description = "The column of class names.")
    private String label;

    @Option(names = "--features", split = Columns.SPLIT, splitSynopsisLabel = ",", paramLabel = "A,B,...",
            description = "Feature columns (default: every other column that holds numbers).")
    private List<String> features;

    @Option(names = "--test", paramLabel = "FILE.csv",
            description = "A second labelled CSV, with the same columns, to evaluate the trained model on.")
    private Path test;

    @Option(names = "--engine", defaultValue = "both", paramLabel = "hand|dl4j|both",
            converter = EngineConverter.class, description = "Which engine trains (default: ${DEFAULT-VALUE}).")
    private EngineChoice engine;

    @Option(names = "--loss", defaultValue = "cross-entropy", paramLabel = "cross-entropy|mse",
            converter = LossConverter.class, description = "The loss (default: ${DEFAULT-VALUE}).")
    private Loss loss;

    @Option(names = "--lr", defaultValue = "auto", paramLabel = "RATE",
            description = {"Learning rate (default: ${DEFAULT-VALUE} = 2N / sum_i (|x_i|^2 + 1), the inverse of a",
                "bound on the cross-entropy's curvature; 0.5 with --hidden; with another --updater, DL4J's",
                "default rate of that updater: momentum, rmsprop, adagrad 0.1, adam 0.001)."})
    private String lr;

    @Mixin
    private OptimiserOptions optimiserOptions;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "N",
            description = "Full-batch gradient-descent updates (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--standardize",
            description = "Train on z-scores of the features; weights are still reported in raw units.")
    private boolean standardize;

    @Option(names = "--hidden", split = Columns.SPLIT, splitSynopsisLabel = ",", converter = WidthConverter.class,
            paramLabel = "N,N,...",
            description = "Hidden layers, input side first, by their widths (each at least 1): a network, not softmax "
                    + "regression.")
    private List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "tanh|relu|sigmoid|identity",
            description = "With --hidden: the hidden layers' activation (default: tanh).")
    private String activation;

    @Option(names = "--seed", paramLabel = "S",
            description = "With --hidden: the seed of the starting weights (default: 1).")
    private Long seed;

    @Option(names = "--init", paramLabel = "FILE.json",
            description = {"With --hidden: start from these weights, {\"layers\": [{\"W\": [[...]], \"b\": [...]}, ...]},",
                "W [inputs][units], in the network's units (z-scores with --standardize); the \"layers\" of",
                "a --json output are such a file."})
    private Path init;

    @Option(names = "--tolerance", paramLabel = "T",
            description = {"With both engines: exit with 3 when a step taken from the same state differs by more",
                "than T (the step proof, docs/twin-difference.md). Default: the documented bound,",
                "max(1e-12, 2n x 2^-53), n the rows plus each layer's inputs and bias."})
    private Double tolerance;

    @Option(names = "--hold-trajectory", description = Verdict.HOLD_TRAJECTORY_HELP)
    private boolean holdTrajectory;

    @Option(names = "--save", paramLabel = "DIR",
            description = {"Keep the trained model in DIR (made if missing), once per engine:",
                "dl4j-network.zip, which any DL4J program loads, and hand-network.json; score rows with",
                "nnbasics predict --model DIR. Written only when the engines agree."})
    private Path save;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        HiddenActivation hiddenActivation = networkFlags();
        TwinCheck.tolerance(tolerance, Tolerances.STEP_SHORT_SUMS);   // checks --tolerance up-front
        if (steps < 1) {
            throw new UserError("--steps must be at least 1, got " + steps);
        }
        if (features != null) {
            Columns.checkNames(features);
        }
        LearningRate.check(lr);
        optimiserOptions.check();
        if (hidden == null && optimiserOptions.keep() < 1) {
            throw new UserError("--dropout needs --hidden: dropout drops a hidden layer's input, softmax regression "
                    + "has none");
        }
        if (save != null && java.nio.file.Files.exists(save) && !java.nio.file.Files.isDirectory(save)) {
            throw new UserError("--save " + save + ": is a file, expected a folder (made if missing)");
        }
        ReadOnce.check(data, engine);
        List<String> keep = null;
        if (features != null) {
            keep = new java.util.ArrayList<>(features);
            keep.add(label);
        }
        Path spool = ReadOnce.isStream(data) ? ReadOnce.spool(data, keep, copies()) : null;
        source = spool == null ? data : spool;
        long rows = MemoryNeed.estimatedRows(source);
        int columns = Math.max(1, MemoryNeed.headerWidth(source));
        long bytes = MemoryNeed.classifyBytes(rows, columns, features != null ? features.size()
                : Math.max(1, columns - 1), 2);
        long heap = Runtime.getRuntime().maxMemory();
        try {
            if (!MemoryNeed.fits(bytes, heap)) {                          // before the file is read
                throw new UserError(MemoryNeed.classifyMessage(data, rows, columns, bytes, heap));
            }
            return classify(hiddenActivation);
        } catch (OutOfMemoryError e) {
            throw new UserError(MemoryNeed.classifyMessage(data, rows, columns, bytes, heap));
        } catch (RuntimeException e) {
            throw spool == null ? e : ReadOnce.renamed(e, spool, data);
        } finally {
            if (spool != null) {
                java.nio.file.Files.deleteIfExists(spool);
            }
        }
    }

    /** As {@code fit}'s: the copies of the numbers held at once, each engine's and one for the reading. */
    private int copies() {
        return (engine.runsHand() ? 1 : 0) + (engine.runsDl4j() ? 1 : 0) + 1;
    }

    /**
     * What is read: {@code --data}, or for a pipe or FIFO the copy {@link ReadOnce#spool} made of it in one read
     * (the hand-written side of the twins reads the file again).
     */
    private Path source;

    private Integer classify(HiddenActivation hiddenActivation) throws Exception {
        Table train = Table.read(source);
        List<String> featureNames = Columns.features(train, features, label, "label");
        ClassificationData raw = ClassificationData.from(train, featureNames, label, null);
        train = null;   // the text of every cell: released before the engines read the file their own ways
        if (standardize) {
            Constant.rejectConstantColumns(raw.features(), featureNames, data);
        }
        if (test != null) {
            TestFile.read(test, featureNames, features == null, label, raw.classes(), engine.runsDl4j());
        }
        double rate = lr.equals("auto")
                ? (optimiserOptions.updater() != Optimiser.Kind.SGD ? optimiserOptions.defaultRate()
                        : hidden != null ? NETWORK_RATE
                        : LearningRate.autoRate(SoftmaxAutoRate.of(raw.features(), standardize)))
                : LearningRate.parse(lr, raw.features(), standardize).bias();
        Optimiser optimiser = optimiserOptions.optimiser(rate);
        String rateText = lr.equals("auto") ? "auto (" + rate + ")" : lr;
        if (hidden != null) {
            return network(featureNames, raw, hiddenActivation, optimiser, rateText);
        }
        ClassifyRequest request = new ClassifyRequest(source, test, featureNames, label, raw.classes(), engine, loss,
                rate, rateText, steps, standardize, optimiser);
        ClassifyResult result = SoftmaxFit.fit(request, ConsoleProgress.of("classify", steps));
        int rows = raw.size();
        Verdict verdict = result.agreement() == null ? null : new Verdict(result.agreement(),
                TwinCheck.tolerance(tolerance, Tolerances.stepFromZero(
                        NetworkTwins.sumTerms(rows, new int[] {featureNames.size(), raw.classCount()}), optimiser,
                        Tolerances.inputScale(raw.features(), standardize))),
                Tolerances.linearModel(rows), null, holdTrajectory);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ReadOnce.named(json ? ClassifyOutput.json(request, result, verdict) + "\n"
                : ClassifyOutput.text(request, result, verdict), source, data));
        out.flush();
        int exit = verdict == null ? 0 : verdict.exitCode(spec.commandLine());
        if (save != null && exit == 0) {
            ClassifierFit kept = result.dl4j() != null ? result.dl4j() : result.hand();
            SavedModel.saveSoftmax(save, featureNames, raw.classes(), kept.weights(), kept.bias(), loss.dl4j(), rate);
            saved(kept.engine() + "'s softmax regression, in raw units,");
        }
        return exit;
    }

    /**
     * {@code --lr auto} with {@code --hidden}: the non-convex loss has no curvature bound to derive a rate from;
     * 0.5 is the rate of the documented runs (docs/hidden-layers.md), meant for standardised features.
     */
    static final double NETWORK_RATE = 0.5;

    /** Checks the network flags before any work: they need --hidden, and --seed and --init exclude each other. */
    private HiddenActivation networkFlags() {
        if (hidden == null) {
            for (String[] flag : new String[][] {{"--activation", activation}, {"--seed", seed == null ? null : ""},
                    {"--init", init == null ? null : ""}}) {
                if (flag[1] != null) {
                    throw new UserError(flag[0] + " needs --hidden (the widths of the hidden layers, e.g. --hidden 4)");
                }
            }
            return null;
        }
        for (int width : hidden) {
            if (width < 1) {
                throw new UserError("--hidden " + joined(hidden) + ": every hidden layer needs at least 1 unit, got "
                        + width);
            }
        }
        if (seed != null && init != null) {
            throw new UserError("--seed and --init both give the start: use one of them");
        }
        if (loss != Loss.CROSS_ENTROPY) {
            throw new UserError("--hidden trains on the cross-entropy only, not --loss " + loss.label());
        }
        HiddenActivation parsed = HiddenActivation.parse(activation == null ? "tanh" : activation);
        if (parsed == null) {
            throw new UsageError("--activation " + activation + ": expected tanh, relu, sigmoid or identity");
        }
        return parsed;
    }

    private Integer network(List<String> featureNames, ClassificationData raw, HiddenActivation hiddenActivation,
                            Optimiser optimiser, String rateText) throws Exception {
        double rate = optimiser.learningRate();
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = featureNames.size();
        for (int l = 0; l < hidden.size(); l++) {
            sizes[l + 1] = hidden.get(l);
        }
        sizes[sizes.length - 1] = raw.classCount();
        String architecture = NetworkTwins.architecture(sizes, hiddenActivation);
        long startSeed = seed == null ? 1L : seed;
        NetworkStart start = init != null ? LayersFile.read(init, sizes, architecture)
                : NetworkTwins.start(sizes, hiddenActivation, startSeed);
        String startText = init != null ? "--init " + init : "seed " + startSeed;
        NetworkRequest request = new NetworkRequest(source, test, featureNames, label, raw.classes(), engine, sizes,
                hiddenActivation, start, startText, rate, rateText, steps, standardize, optimiser);
        NetworkResult result = NetworkFit.fit(request, ConsoleProgress.of("classify", steps),
                ConsoleProgress.of("one-ulp control", steps));
        Verdict verdict = result.agreement() == null ? null : new Verdict(result.agreement(),
                TwinCheck.tolerance(tolerance, Tolerances.step(NetworkTwins.sumTerms(raw.size(), sizes), optimiser)),
                Tolerances.hasNetworkBound(result.control().value()) ? Tolerances.network(result.control().value())
                        : null, result.control(), holdTrajectory);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ReadOnce.named(json ? NetworkOutput.json(request, result, verdict) + "\n"
                : NetworkOutput.text(request, result, verdict), source, data));
        out.flush();
        int exit = verdict == null ? 0 : verdict.exitCode(spec.commandLine());
        if (save != null && exit == 0) {
            NetworkOutcome kept = result.dl4j() != null ? result.dl4j() : result.hand();
            SavedModel.save(save, source, featureNames, label, raw.classes(), standardize, hiddenActivation, rate,
                    kept.weights(), kept.biases());
            saved(kept.engine() + "'s network");
        }
        return exit;
    }

    private void saved(String what) {
        spec.commandLine().getErr().println("nnbasics classify: saved " + what + " in " + save + " ("
                + SavedModel.DL4J_FILE + ", " + SavedModel.HAND_FILE + "); score rows with nnbasics predict --model "
                + save + " --data FILE.csv");
    }

    private static String joined(List<Integer> widths) {
        return String.join(",", widths.stream().map(String::valueOf).toList());
    }

    /** Parses {@code cross-entropy|mse}. */
    static final class LossConverter implements CommandLine.ITypeConverter<Loss> {
        @Override
        public Loss convert(String value) {
            for (Loss l : Loss.values()) {
                if (l.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return l;
                }
            }
            throw new CommandLine.TypeConversionException("expected cross-entropy or mse, got '" + value + "'");
        }
    }
}
