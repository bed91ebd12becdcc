package nnbasics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.compare.regression.FitRequest;
import nnbasics.compare.regression.FitResult;
import nnbasics.compare.regression.Method;
import nnbasics.compare.regression.RegressionFit;
import nnbasics.handwritten.data.Table;
import picocli.CommandLine.Command;
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
            "with the hand-written engine, DL4J, or both in lock-step (then the largest twin difference",
            "between them over all steps is reported, and a difference above --tolerance exits with 3).",
            "",
            "The loss is the mean squared error WITHOUT a factor 1/2. A learning rate tuned for 1/2*MSE (as in",
            "the guide's widgets) gives the same steps here when halved.",
            ""},
        footer = {
            "",
            "Examples:",
            "  nnbasics fit --data data/houses.csv --target price --standardize --lr 0.1 --steps 500",
            "  nnbasics fit --data data/houses.csv --target price --method normal --predict 2000,3 --json"})
public final class FitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "CSV file with a header row; every used cell must be a finite number.")
    private Path data;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The column to predict.")
    private String target;

    @Option(names = "--features", split = ",", paramLabel = "A,B,...",
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
                "never diverges). One number for every parameter, or one per feature and then one for the bias,",
                "comma-separated (the guide's section 4: --lr 5e-9,0.5)."})
    private String lr;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "N",
            description = "Full-batch gradient-descent updates (default: ${DEFAULT-VALUE}).")
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
            description = {"With both engines: exit with 3 when they differ by more than T (the twin difference per",
                "tensor, see docs/twin-difference.md). Default: 1e-12, the documented bound for this model."})
    private Double tolerance;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        double bound = TwinCheck.tolerance(tolerance, Tolerances.GUIDE_MODELS);
        if (steps < 1 && method == Method.GD) {
            throw new UserError("--steps must be at least 1, got " + steps);
        }
        if (features != null) {
            Columns.checkNames(features);
        }
        if (rows != null && rows < 1) {
            throw new UserError("--rows " + rows + ": expected a number of data rows of at least 1");
        }
        Table table = Table.read(data);
        List<String> featureNames = Columns.features(table, features, target, "target");
        double[][] x = table.numericColumns(featureNames);
        double[] y = table.numericColumn(target);
        if (rows != null) {
            if (rows > x.length) {
                throw new UserError("--rows " + rows + ": expected at most " + x.length + ", the number of data rows"
                        + " in " + data);
            }
            x = java.util.Arrays.copyOf(x, rows);
            y = java.util.Arrays.copyOf(y, rows);
        }
        List<double[]> queries = Values.parseEach("--predict", predict, featureNames.size());
        if (method == Method.NORMAL && x.length < featureNames.size() + 1) {
            throw new UserError("--method normal: " + x.length + " rows cannot determine " + (featureNames.size() + 1)
                    + " parameters (" + featureNames.size() + " weights and a bias); add rows or drop features");
        }
        if (standardize) {
            Constant.rejectConstantColumns(x, featureNames, data);
        }
        LearningRate rate = LearningRate.parse(lr, x, standardize);
        FitRequest request = new FitRequest(data, target, featureNames, x, y, engine, method, rate.weights(),
                rate.bias(), rate.text(), steps, standardize);
        FitResult result = RegressionFit.fit(request, ConsoleProgress.of("fit", steps));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(FitOutput.json(request, result, queries, bound));
        } else {
            out.print(FitOutput.text(data, target, request, result, queries, bound));
        }
        out.flush();
        return TwinCheck.exitCode(spec.commandLine(), result.difference(), bound);
    }
}
