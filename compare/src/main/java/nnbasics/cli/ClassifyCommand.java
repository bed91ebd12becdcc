package nnbasics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.Tolerances;
import nnbasics.compare.classification.ClassifyRequest;
import nnbasics.compare.classification.ClassifyResult;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxFit;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.data.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
            ""},
        footer = {
            "",
            "Examples:",
            "  nnbasics classify --data data/houses-labelled.csv --label label --standardize --lr 1 --steps 500",
            "  nnbasics classify --data data/houses-labelled.csv --label label --loss mse --lr 5e-7 --steps 2000"})
public final class ClassifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "The labelled training CSV.")
    private Path data;

    @Option(names = "--label", required = true, paramLabel = "COLUMN", description = "The column of class names.")
    private String label;

    @Option(names = "--features", split = ",", paramLabel = "A,B,...",
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
                "bound on the cross-entropy's curvature)."})
    private String lr;

    @Option(names = "--steps", defaultValue = "1000", paramLabel = "N",
            description = "Full-batch gradient-descent updates (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--standardize",
            description = "Train on z-scores of the features; weights are still reported in raw units.")
    private boolean standardize;

    @Option(names = "--tolerance", paramLabel = "T",
            description = {"With both engines: exit with 3 when they differ by more than T (the twin difference per",
                "tensor, see docs/twin-difference.md). Default: 1e-12, the documented bound for this model."})
    private Double tolerance;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        double bound = TwinCheck.tolerance(tolerance, Tolerances.GUIDE_MODELS);
        if (steps < 1) {
            throw new UserError("--steps must be at least 1, got " + steps);
        }
        Table train = Table.read(data);
        List<String> featureNames = Columns.features(train, features, label, "label");
        ClassificationData raw = ClassificationData.from(train, featureNames, label, null);
        if (standardize) {
            Constant.rejectConstantColumns(raw.features(), featureNames, data);
        }
        if (test != null) {
            TestFile.check(test, Table.read(test), featureNames, features == null, label, raw.classes());
        }
        double rate = lr.equals("auto") ? autoRate(raw.features(), standardize)
                : LearningRate.parse(lr, raw.features(), standardize).bias();
        String rateText = lr.equals("auto") ? "auto (" + rate + ")" : lr;
        ClassifyRequest request = new ClassifyRequest(data, test, featureNames, label, raw.classes(), engine, loss,
                rate, rateText, steps, standardize);
        ClassifyResult result = SoftmaxFit.fit(request, ConsoleProgress.of("classify", steps));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ClassifyOutput.json(request, result, bound) + "\n"
                : ClassifyOutput.text(request, result, bound));
        out.flush();
        return TwinCheck.exitCode(spec.commandLine(), result.difference(), bound);
    }

    /**
     * 2N / Σ_i (‖x_i‖² + 1): the cross-entropy's Hessian is at most ½·(1/N)·Σ_i a_i a_iᵀ ⊗ I (the softmax
     * Jacobian's eigenvalues are ≤ ½), whose trace bound gives this rate. On z-scores it is 2/(p + 1).
     */
    static double autoRate(double[][] x, boolean standardized) {
        int p = x[0].length;
        if (standardized) {
            return 2.0 / (p + 1);
        }
        double sum = 0.0;
        for (double[] row : x) {
            sum += 1.0;
            for (double v : row) {
                sum += v * v;
            }
        }
        return 2.0 * x.length / sum;
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
