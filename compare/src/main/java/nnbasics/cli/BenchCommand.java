package nnbasics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import nnbasics.compare.Engine;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxTwins;
import nnbasics.guide.GuideData;
import nnbasics.compare.regression.HandRegressionEngine;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nnbasics bench}: the cost of one gradient-descent step of each engine, measured, not asserted. Each case is
 * warmed up, then timed in {@code --rounds} rounds; the table gives the median and the fastest round.
 */
@Command(name = "bench",
        header = "Measure the cost of one gradient-descent step of each engine.",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the cost of one full-batch gradient-descent step of each engine: linear regression on the",
            "guide's three and ten houses, softmax regression on the ten labelled houses. Prints the median",
            "and the fastest of several timed rounds, after a warm-up. Run it on a quiet machine.",
            ""})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "The data folder.")
    private Path data;

    @Option(names = "--rounds", defaultValue = "7", paramLabel = "N", description = "Timed rounds per case.")
    private int rounds;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    /** Steps per timed round: enough for a round to last well over the timer's resolution. */
    private static final int HAND_STEPS = 200_000;
    private static final int DL4J_STEPS = 2_000;

    /** A measured case. */
    record Result(String engine, String model, double medianMicros, double fastestMicros) {
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new UserError("--rounds must be at least 1, got " + rounds);
        }
        GuideData guide = GuideData.load(data);
        PrintWriter out = spec.commandLine().getOut();
        List<Result> results = new ArrayList<>();
        for (RegressionData houses : List.of(guide.threeHouses(), guide.tenHouses())) {
            String model = "linear, " + houses.size() + " houses";
            int n = houses.featureCount();
            LearningRates rates = LearningRates.uniform(n, 1e-9);
            results.add(measure("hand", model, HAND_STEPS,
                    () -> new HandRegressionEngine(houses, LinearModel.zero(n), rates)));
            results.add(measure("dl4j", model, DL4J_STEPS,
                    () -> RegressionTwins.dl4jEngine(houses, LinearModel.zero(n), rates)));
        }
        Path labelled = guide.labelled();
        results.add(measure("hand", "softmax, 10 houses", HAND_STEPS / 10, () ->
                SoftmaxTwins.both(labelled, GuideData.FEATURES, "label", true, Loss.CROSS_ENTROPY, 0.5).hand().engine()));
        results.add(measure("dl4j", "softmax, 10 houses", DL4J_STEPS, () ->
                SoftmaxTwins.both(labelled, GuideData.FEATURES, "label", true, Loss.CROSS_ENTROPY, 0.5).dl4j().engine()));
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("unit", "microseconds per step");
            object.put("rounds", rounds);
            object.put("results", results);
            out.println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(object));
        } else {
            out.printf(Locale.ROOT, "%-6s  %-20s  %16s  %16s%n", "engine", "model", "median µs/step",
                    "fastest µs/step");
            for (Result r : results) {
                out.printf(Locale.ROOT, "%-6s  %-20s  %16.3f  %16.3f%n", r.engine(), r.model(), r.medianMicros(),
                        r.fastestMicros());
            }
        }
        return 0;
    }

    /** The cases measured so far, for the progress line. */
    private int done;

    /** The number of cases {@link #call()} measures: 2 linear models and 1 softmax model, each engine. */
    private static final int CASES = 6;

    /**
     * Progress on stderr while it measures: with a console, one line redrawn at each round; without one (a log, CI),
     * one line per case when it is done.
     */
    private void progress(String engine, String model, int round) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        String line = String.format(Locale.ROOT, "bench: case %d of %d, %s %s, round %d of %d", done + 1, CASES,
                engine, model, round, rounds);
        if (System.console() != null) {
            err.print("\r" + line + "   ");
            if (done + 1 == CASES && round == rounds) {
                err.print("\r" + " ".repeat(line.length() + 3) + "\r");
            }
        } else if (round == rounds) {
            err.println(line.replaceFirst(", round \\d+ of \\d+", "") + ": done");
        }
        err.flush();
    }

    private Result measure(String engine, String model, int steps, Supplier<Engine> fresh) {
        progress(engine, model, 0);
        double[] micros = new double[rounds];
        Engine warm = fresh.get();
        for (int k = 0; k < steps; k++) {
            warm.step();
        }
        for (int r = 0; r < rounds; r++) {
            Engine e = fresh.get();
            long start = System.nanoTime();
            for (int k = 0; k < steps; k++) {
                e.step();
            }
            micros[r] = (System.nanoTime() - start) / 1e3 / steps;
            progress(engine, model, r + 1);
        }
        done++;
        Arrays.sort(micros);
        return new Result(engine, model, micros[rounds / 2], micros[0]);
    }
}
