package nnbasics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.compare.regression.BackwardError;
import nnbasics.compare.regression.FitRequest;
import nnbasics.compare.regression.FitResult;
import nnbasics.compare.regression.Method;
import nnbasics.compare.regression.RegressionFit;
import nnbasics.handwritten.data.NumericTable;
import nnbasics.handwritten.regression.RegressionData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnbasics fit}: a linear model ŷ = x·w + b fitted to columns of a CSV file. */
@Command(name = "fit",
        header = "Fit a linear model to a CSV file: by hand, with DL4J, or both in lock-step.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fit a linear model  target = w1*x1 + ... + wn*xn + b  to columns of a CSV file (header row first),",
            "with the hand-written engine, DL4J, or both in lock-step (then every step is proven: the",
            "hand-written engine steps from DL4J's state, and a step beyond --tolerance exits with 3; the",
            "free-running trajectory is reported beside it).",
            "",
            "The loss is the mean squared error WITHOUT a factor 1/2. A learning rate tuned for 1/2*MSE (as in",
            "the guide's widgets) gives the same steps here when halved.",
            "",
            "--hidden 8,4 trains a network instead: hidden layers of 8 and 4 units, an identity output and DL4J's",
            "LossMSE, L = sum (y^ - y)^2 / (N*K), from a start drawn from --seed or read from --init; with",
            "--standardize the features AND the target are standardised, predictions are in raw units. A network",
            "takes classify's optimiser flags (--updater, its hyper-parameters, the regularisers, --dropout);",
            "the updater's state is compared at every step.",
            "See docs/commands.md.",
            ""},
        footer = {
            "",
            "Examples:",
            "  nnbasics fit --data data/houses.csv --target price --standardize --lr 0.1 --steps 500",
            "  nnbasics fit --data data/houses.csv --target price --method normal --predict 2000,3 --json",
            "  nnbasics fit --data data/food-trucks.csv --target profit --standardize --hidden 8 --steps 2000"})
public final class FitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "CSV file with a header row; every used cell must be a finite number.")
    private Path data;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The column to predict.")
    private String target;

    @Option(names = "--features", split = Columns.SPLIT, splitSynopsisLabel = ",", paramLabel = "A,B,...",
            description = "Feature columns (default: every other column that holds numbers).")
    private List<String> features;

    @Option(names = "--engine", defaultValue = "both", paramLabel = "hand|dl4j|both",
            converter = EngineConverter.class, description = "Which engine trains (default: ${DEFAULT-VALUE}).")
    private EngineChoice engine;

    @Option(names = "--method", defaultValue = "gd", paramLabel = "gd|normal", converter = MethodConverter.class,
            description = "Gradient descent from zero, or least squares in closed form (default: ${DEFAULT-VALUE}).")
    private Method method;

    @Option(names = "--lr", defaultValue = "auto", paramLabel = "RATE",
            description = {"Learning rate on MSE (default: ${DEFAULT-VALUE} = 1/trace of the loss's Hessian, which",
                "never diverges; 0.1 with --hidden, or with another --updater DL4J's default rate of that",
                "updater). One number for every parameter, or one per feature and then one for the bias,",
                "comma-separated (the guide's section 4: --lr 5e-9,0.5)."})
    private String lr;

    @Mixin
    private OptimiserOptions optimiserOptions;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "N",
            description = "Full-batch gradient-descent updates, at most 100000000 (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--standardize",
            description = "Train on z-scores of the features; weights are still reported in raw units.")
    private boolean standardize;

    @Option(names = "--predict", paramLabel = "v1,v2,...",
            description = "Predict the target for these feature values (raw units, in feature order); repeatable.")
    private List<String> predict = new ArrayList<>();

    @Option(names = "--rows", paramLabel = "N",
            description = "Use only the first N data rows (the guide's sections 1-4 use the first 3 houses).")
    private Integer rows;

    @Option(names = "--tolerance", paramLabel = "T",
            description = {"With both engines: exit with 3 when a step taken from the same state differs by more",
                "than T (the step proof; with --method normal, a solution's backward error), see",
                "docs/twin-difference.md. Default: max(1e-12, 2n x 2^-53) for n data rows (each engine sums",
                "n products in its own order)."})
    private Double tolerance;

    @Option(names = "--hold-trajectory", description = Verdict.HOLD_TRAJECTORY_HELP)
    private boolean holdTrajectory;

    @Option(names = "--hidden", split = Columns.SPLIT, splitSynopsisLabel = ",", converter = WidthConverter.class,
            paramLabel = "N,N,...",
            description = "Hidden layers, input side first, by their widths: a regression network, not a linear model.")
    private List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "tanh|relu|sigmoid|identity",
            description = "With --hidden: the hidden layers' activation (default: tanh).")
    private String activation;

    @Option(names = "--seed", paramLabel = "S",
            description = "With --hidden: the seed of the starting weights (default: 1).")
    private Long seed;

    @Option(names = "--init", paramLabel = "FILE.json",
            description = {"With --hidden: start from these weights, {\"layers\": [{\"W\": [[...]], \"b\": [...]}, ...]},",
                "in the network's units (z-scores with --standardize)."})
    private Path init;

    @Option(names = "--chart", paramLabel = "FILE.png",
            description = {"With --hidden: draw the target against the first feature, the network's curve and the",
                "least-squares line (other features at their means)."})
    private Path chart;

    @Option(names = "--save", paramLabel = "DIR",
            description = {"Keep the trained model in DIR (made if missing): dl4j-network.zip and",
                "hand-network.json; score rows with nnbasics predict --model DIR. Written only when the engines agree."})
    private Path save;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    /**
     * {@code --lr auto} with {@code --hidden}: no curvature bound for a non-convex loss; 0.1 is the rate of the
     * documented runs (docs/commands.md), on standardised features and target.
     */
    static final double NETWORK_RATE = 0.1;

    /** The most --steps a fit takes: 1e8 hand-written steps on the guide's houses take about 10 s, DL4J's hours. */
    static final int MAX_STEPS = 100_000_000;

    @Override
    public Integer call() throws Exception {
        TwinCheck.tolerance(tolerance, Tolerances.STEP_SHORT_SUMS);   // a bad --tolerance fails before any work
        networkActivation = networkFlags();
        if (steps < 1 && method == Method.GD) {
            throw new UserError("--steps must be at least 1, got " + steps);
        }
        if (features != null) {
            Columns.checkNames(features);
        }
        LearningRate.check(lr);
        ReadOnce.check(data, engine);
        for (String query : predict) {   // each a number; how many is checked once the features are known
            for (String part : query.split(",", -1)) {
                Values.number("--predict", query, part.strip());
            }
        }
        if (rows != null && rows < 1) {
            throw new UserError("--rows " + rows + ": expected a number of data rows of at least 1");
        }
        if (steps > MAX_STEPS && method == Method.GD) {
            throw new UserError(String.format(java.util.Locale.ROOT, "--steps %d: at most %,d steps (1e8); "
                    + "with a good --lr (try --standardize) a linear fit needs far fewer", steps, MAX_STEPS));
        }
        List<String> keep = null;
        if (features != null) {
            keep = new ArrayList<>(features);
            keep.add(target);
        }
        int copies = (engine.runsHand() ? 1 : 0) + (engine.runsDl4j() ? 1 : 0) + 1;
        boolean stream = ReadOnce.isStream(data);   // read once, by the reader: no estimate from a first look
        long estimatedRows = stream ? 1 : MemoryNeed.estimatedRows(data);
        int width = keep != null ? keep.size() : stream ? 1 : Math.max(1, headerWidth());
        if (!stream) {
            MemoryNeed.check(data, estimatedRows, width, copies);
        }
        try {
            return fit(keep);
        } catch (OutOfMemoryError e) {
            throw new UserError(MemoryNeed.message(data, estimatedRows, width, copies,
                    Runtime.getRuntime().maxMemory()));
        }
    }

    private Integer fit(List<String> keep) throws Exception {
        NumericTable table = NumericTable.read(data, keep,
                ConsoleProgress.reading("reading " + data + (engine.runsHand() ? " (hand)" : ""), data));
        List<String> featureNames = Columns.features(table, features, target, "target");
        double[][] x = table.numericColumns(featureNames);
        double[] y = table.numericColumn(target);
        int n = y.length;
        if (rows != null) {
            if (rows > n) {
                throw new UserError("--rows " + rows + ": expected at most " + n + ", the number of data rows"
                        + " in " + data);
            }
            for (int j = 0; j < x.length; j++) {
                x[j] = java.util.Arrays.copyOf(x[j], rows);
            }
            y = java.util.Arrays.copyOf(y, rows);
            n = rows;
        }
        if (hidden != null) {
            if (standardize) {
                Constant.rejectConstantFeatureColumns(x, featureNames, data);
                Constant.rejectConstantTarget(y, target, data);
            }
            return RegressionNetworkCommand.run(this, featureNames, x, y, n);
        }
        double bound = TwinCheck.tolerance(tolerance, method == Method.NORMAL
                ? BackwardError.bound(n, featureNames.size() + 1)
                : Tolerances.step(NetworkTwins.sumTerms(n, new int[] {featureNames.size(), 1})));
        List<double[]> queries = Values.parseEach("--predict", predict, featureNames.size());
        if (method == Method.NORMAL && n < featureNames.size() + 1) {
            throw new UserError("--method normal: " + n + " rows cannot determine " + (featureNames.size() + 1)
                    + " parameters (" + featureNames.size() + " weights and a bias); add rows or drop features");
        }
        if (method == Method.NORMAL) {
            NormalSums.requireFinite(x, y, featureNames, target);
        }
        if (standardize) {
            Constant.rejectConstantFeatureColumns(x, featureNames, data);
        }
        LearningRate rate = LearningRate.parseColumns(lr, x, standardize);
        // the hand-written columns are held only when that engine runs: DL4J reads the file again its own way
        RegressionData raw = engine.runsHand() ? RegressionData.ofColumns(x, y) : null;
        table = null;
        x = null;
        y = null;
        FitRequest request = new FitRequest(data, target, featureNames, raw, n, engine, method, rate.weights(),
                rate.bias(), rate.text(), steps, standardize);
        FitResult result = RegressionFit.fit(request, ConsoleProgress.of("fit", steps, n),
                ConsoleProgress.reading("reading " + data + " (dl4j)", data));
        if (result.normal() != null) {   // the normal equations' proof, held to the same bound as it is printed with
            result = new FitResult(result.hand(), result.dl4j(), result.steps(), result.agreement(),
                    result.normal().heldTo(bound));
        }
        for (double[] query : queries) {
            double prediction = FitOutput.predict(result.primary(), query);
            if (!Double.isFinite(prediction)) {
                throw new UserError("--predict " + Values.text(query) + ": the prediction is " + prediction
                        + ", beyond double precision; rescale the target and the features");
            }
        }
        Verdict verdict = result.agreement() == null ? null : new Verdict(result.agreement(), bound,
                Tolerances.linearModel(n), null, holdTrajectory);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FitOutput.json(request, result, queries, verdict));
        } else {
            out.print(FitOutput.text(data, target, request, result, queries, verdict));
        }
        out.flush();
        int exit = result.normal() != null ? NormalOutput.exitCode(spec.commandLine(), result.normal())
                : verdict == null ? 0 : verdict.exitCode(spec.commandLine());
        if (save != null && exit == 0) {
            nnbasics.compare.regression.EngineFit kept = result.dl4j() != null ? result.dl4j() : result.hand();
            nnbasics.compare.model.SavedModel.saveLinear(save, featureNames, target, kept.weights(), kept.bias(),
                    rate.bias());
            spec.commandLine().getErr().println("nnbasics fit: saved " + kept.engine() + "'s linear model, in raw "
                    + "units, in " + save + " (" + nnbasics.compare.model.SavedModel.DL4J_FILE + ", "
                    + nnbasics.compare.model.SavedModel.HAND_FILE + "); score rows with nnbasics predict --model "
                    + save + " --data FILE.csv");
        }
        return exit;
    }

    /** f of the hidden layers, with --hidden; null for a linear model. */
    HiddenActivation networkActivation;

    /** Checks the network flags before any work, as {@code classify} does. */
    private HiddenActivation networkFlags() {
        if (hidden == null) {
            String given = OptimiserOptions.firstGiven(spec.commandLine().getParseResult());
            if (given != null) {
                throw new UserError(given + " needs --hidden: a linear fit takes plain gradient descent (the "
                        + "guide's model); --updater, the regularisers and --dropout are for a network");
            }
            for (String[] flag : new String[][] {{"--activation", activation}, {"--seed", seed == null ? null : ""},
                    {"--init", init == null ? null : ""}, {"--chart", chart == null ? null : ""}}) {
                if (flag[1] != null) {
                    throw new UserError(flag[0] + " needs --hidden (the widths of the hidden layers, e.g. --hidden 8)");
                }
            }
            checkSaveFolder();
            return null;
        }
        for (int width : hidden) {
            if (width < 1) {
                throw new UserError("--hidden " + String.join(",", hidden.stream().map(String::valueOf).toList())
                        + ": every hidden layer needs at least 1 unit, got " + width);
            }
        }
        if (seed != null && init != null) {
            throw new UserError("--seed and --init both give the start: use one of them");
        }
        if (method == Method.NORMAL) {
            throw new UserError("--method normal solves a linear model; a network (--hidden) trains by gradient "
                    + "descent only");
        }
        if (lr.contains(",")) {
            throw new UserError("--lr " + lr + ": a network (--hidden) takes one learning rate for every parameter");
        }
        HiddenActivation parsed = HiddenActivation.parse(activation == null ? "tanh" : activation);
        if (parsed == null) {
            throw new UsageError("--activation " + activation + ": expected tanh, relu, sigmoid or identity");
        }
        optimiserOptions.check();
        checkSaveFolder();
        checkChart();
        return parsed;
    }

    /** {@code --chart}: not a folder, and its folder made now, before any training. */
    private void checkChart() {
        if (chart == null) {
            return;
        }
        if (java.nio.file.Files.isDirectory(chart)) {
            throw new UserError("--chart " + chart + ": is a folder, expected a PNG file name");
        }
        Path parent = chart.toAbsolutePath().getParent();
        try {
            java.nio.file.Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new UserError("--chart " + chart + ": cannot make its folder " + parent);
        }
    }

    private void checkSaveFolder() {
        if (save != null && java.nio.file.Files.exists(save) && !java.nio.file.Files.isDirectory(save)) {
            throw new UserError("--save " + save + ": is a file, expected a folder (made if missing)");
        }
    }

    // read by RegressionNetworkCommand
    Path data() { return data; }
    String target() { return target; }
    EngineChoice engine() { return engine; }
    String lr() { return lr; }
    int steps() { return steps; }
    boolean standardize() { return standardize; }
    List<String> predict() { return predict; }
    Double tolerance() { return tolerance; }
    boolean holdTrajectory() { return holdTrajectory; }
    boolean json() { return json; }
    List<Integer> hidden() { return hidden; }
    Long seed() { return seed; }
    Path init() { return init; }
    Path chart() { return chart; }
    Path save() { return save; }
    CommandSpec spec() { return spec; }
    OptimiserOptions optimiserOptions() { return optimiserOptions; }

    /** The number of columns in the file's first line (0 when it cannot be read: the reader then says why). */
    private int headerWidth() {
        try (java.io.BufferedReader reader = java.nio.file.Files.newBufferedReader(data)) {
            String first = reader.readLine();
            return first == null ? 0 : first.split(",", -1).length;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
