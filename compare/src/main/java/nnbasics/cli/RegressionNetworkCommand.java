package nnbasics.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnbasics.charts.ChartFiles;
import nnbasics.charts.NetworkCurveChart;
import nnbasics.compare.Tolerances;
import nnbasics.compare.model.SavedModel;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.LayersFile;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.compare.network.RegressionNetworkFit;
import nnbasics.compare.network.RegressionNetworkOutcome;
import nnbasics.compare.network.RegressionNetworkResult;
import nnbasics.compare.network.RegressionNetworkTwins;
import nnbasics.compare.regression.FitRequest;
import nnbasics.compare.regression.Method;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.NormalEquations;
import nnbasics.handwritten.regression.RegressionData;
import nnbasics.handwritten.updaters.Optimiser;

/** {@code nnbasics fit --hidden}: a regression network, both engines in lock-step; the wiring of its options. */
final class RegressionNetworkCommand {

    /** Points along the first feature's range in {@code --chart}'s curve. */
    static final int CURVE_POINTS = 200;

    private RegressionNetworkCommand() {
    }

    /**
     * @param x the feature columns as the hand-written reader read them, [feature][row] (only the first n rows used)
     * @param y the target column
     */
    static int run(FitCommand command, List<String> featureNames, double[][] x, double[] y, int n) throws Exception {
        HiddenActivation activation = command.networkActivation;
        int[] sizes = new int[command.hidden().size() + 2];
        sizes[0] = featureNames.size();
        for (int l = 0; l < command.hidden().size(); l++) {
            sizes[l + 1] = command.hidden().get(l);
        }
        sizes[sizes.length - 1] = 1;
        String architecture = RegressionNetworkTwins.architecture(sizes, activation);
        long startSeed = command.seed() == null ? 1L : command.seed();
        NetworkStart start = command.init() != null ? LayersFile.read(command.init(), sizes, architecture)
                : NetworkTwins.start(sizes, activation, startSeed);
        String startText = command.init() != null ? "--init " + command.init() : "seed " + startSeed;
        OptimiserOptions options = command.optimiserOptions();
        double rate = command.lr().equals("auto")
                ? (options.updater() != Optimiser.Kind.SGD ? options.defaultRate() : FitCommand.NETWORK_RATE)
                : LearningRate.parse(command.lr(), new double[][] {{0}}, true).bias();
        Optimiser optimiser = options.optimiser(rate);
        String rateText = command.lr().equals("auto") ? "auto (" + rate + ")" : command.lr();
        List<double[]> queries = Values.parseEach("--predict", command.predict(), featureNames.size());
        double bound = TwinCheck.tolerance(command.tolerance(),
                Tolerances.step(NetworkTwins.sumTerms(n, sizes), optimiser));
        RegressionData raw = RegressionData.ofColumns(x, y);
        FitRequest request = new FitRequest(command.data(), command.target(), featureNames,
                command.engine().runsHand() ? raw : null, n, command.engine(), Method.GD, new double[0], rate,
                rateText, command.steps(), command.standardize());
        double[][] curve = command.chart() == null ? new double[0][] : curveRows(raw);
        List<double[]> asked = new ArrayList<>(queries);
        asked.addAll(Arrays.asList(curve));
        RegressionNetworkResult result = RegressionNetworkFit.fit(request, activation, start, optimiser, asked,
                ConsoleProgress.of("fit", command.steps(), n), ConsoleProgress.of("one-ulp control", command.steps()),
                ConsoleProgress.reading("reading " + command.data() + " (dl4j)", command.data()));
        Verdict verdict = result.agreement() == null ? null : new Verdict(result.agreement(), bound,
                Tolerances.hasNetworkBound(result.control().value()) ? Tolerances.network(result.control().value())
                        : null, result.control(), command.holdTrajectory());
        RegressionNetworkOutcome fit = result.primary();
        for (double p : fit.queries()) {
            if (!Double.isFinite(p)) {
                throw new UserError("--predict: the prediction is " + p + ", beyond double precision; try "
                        + "--standardize or a smaller --lr");
            }
        }
        PrintWriter out = command.spec().commandLine().getOut();
        if (command.json()) {
            out.println(RegressionNetworkOutput.json(request, architecture, activation, startText, optimiser, result,
                    queries.size(), verdict));
        } else {
            out.print(RegressionNetworkOutput.text(request, startText, optimiser, result, queries, verdict));
        }
        out.flush();
        if (command.chart() != null) {
            LinearModel line = NormalEquations.solve(raw);
            double[] grid = new double[curve.length];
            double[] linear = new double[curve.length];
            double[] network = Arrays.copyOfRange(fit.queries(), queries.size(), fit.queries().length);
            for (int i = 0; i < curve.length; i++) {
                grid[i] = curve[i][0];
                linear[i] = line.bias();
                for (int j = 0; j < curve[i].length; j++) {
                    linear[i] += line.weights()[j] * curve[i][j];             // Σ_j w_j x_j + b, least squares
                }
            }
            String xName = featureNames.get(0) + (featureNames.size() > 1
                    ? " (" + String.join(", ", featureNames.subList(1, featureNames.size())) + " at the mean)" : "");
            ChartFiles.savePng(NetworkCurveChart.chart(x[0], y, grid, linear, network, xName, command.target(),
                    fit.architecture() + " against the least-squares line"), command.chart());
        }
        int exit = verdict == null ? 0 : verdict.exitCode(command.spec().commandLine());
        if (command.save() != null && exit == 0) {
            RegressionNetworkOutcome kept = result.dl4j() != null ? result.dl4j() : result.hand();
            SavedModel.saveRegressionNetwork(command.save(), command.data(), featureNames, command.target(), n,
                    command.standardize(), activation, rate, kept.weights(), kept.biases());
            command.spec().commandLine().getErr().println("nnbasics fit: saved " + kept.engine() + "'s network in "
                    + command.save() + " (" + SavedModel.DL4J_FILE + ", " + SavedModel.HAND_FILE + "); score rows "
                    + "with nnbasics predict --model " + command.save() + " --data FILE.csv");
        }
        return exit;
    }

    /** Rows along the first feature's range, the other features at their means. */
    private static double[][] curveRows(RegressionData raw) {
        double[] first = raw.column(0);
        double lo = Arrays.stream(first).min().orElse(0);
        double hi = Arrays.stream(first).max().orElse(0);
        double[] means = new double[raw.featureCount()];
        for (int j = 0; j < means.length; j++) {
            means[j] = Arrays.stream(raw.column(j)).sum() / raw.size();
        }
        double[][] rows = new double[CURVE_POINTS][];
        for (int i = 0; i < CURVE_POINTS; i++) {
            rows[i] = means.clone();
            rows[i][0] = lo + (hi - lo) * i / (CURVE_POINTS - 1);
        }
        return rows;
    }
}
