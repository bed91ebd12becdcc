package nnbasics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import nnbasics.compare.EngineChoice;
import nnbasics.compare.model.Prediction;
import nnbasics.compare.model.SavedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nnbasics predict}: scores rows with a model that {@code classify --save} kept, by both engines. */
@Command(name = "predict",
        header = "Score the rows of a CSV with a saved model, by both engines, proven equal.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Loads the model folder that 'classify', 'fit' or 'mnist' with --save DIR wrote: the hand-written engine reads",
            "hand-network.json, DL4J reads dl4j-network.zip (MultiLayerNetwork.load and its normaliser, as any",
            "DL4J program would). Each reads the CSV's feature columns with its own reader, scales them with its",
            "own scaler and prints p of every class and the most probable class (a regression: the predicted",
            "target in raw units), row by row. With both engines it",
            "proves that they agree on every row: |dp| <= the rounding of one forward pass + L * |dz|, L the",
            "network's Lipschitz constant and dz the difference of the two scalers' outputs (docs/commands.md).",
            "",
            "Example:",
            "  nnbasics classify --data data/houses-labelled.csv --label label --standardize --hidden 8 \\",
            "      --lr 0.5 --steps 2000 --save out/model",
            "  nnbasics predict --model out/model --data data/houses-labelled.csv",
            "",
            "Exit codes: 0 the engines agree, 1 bad input, 2 bad usage, 3 the engines disagree."})
public final class PredictCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The folder --save wrote (classify, fit or mnist).")
    private Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "The rows to score: a CSV with the model's feature columns (other columns are ignored).")
    private Path data;

    @Option(names = "--engine", defaultValue = "both", paramLabel = "hand|dl4j|both",
            converter = EngineConverter.class, description = "Which engines score (default: ${DEFAULT-VALUE}).")
    private EngineChoice engine;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        ReadOnce.check(data, engine);
        Prediction prediction = Prediction.of(model, data, engine);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(prediction) + "\n" : text(prediction));
        out.flush();
        if (!prediction.agree()) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT, "nnbasics predict: the engines disagree:"
                    + " on row %d the %s differ by %.3g, beyond the bound %.3g", prediction.row() + 1,
                    prediction.regression() ? "predictions" : "probabilities",
                    prediction.difference(), prediction.bound()));
            return 3;
        }
        return 0;
    }

    private String text(Prediction p) {
        if (p.regression()) {
            return regressionText(p);
        }
        StringBuilder s = new StringBuilder();
        double[][] probabilities = p.probabilities();
        s.append(String.format(Locale.ROOT, "predict: %s from %s, %d row%s of %s%n", p.architecture(), model,
                probabilities.length, probabilities.length == 1 ? "" : "s", data));
        s.append(String.format(Locale.ROOT, "%6s  %-12s", "row", "class"));
        for (String c : p.classes()) {
            s.append(String.format(Locale.ROOT, "  %10s", "p(" + c + ")"));
        }
        s.append('\n');
        for (int i = 0; i < probabilities.length; i++) {
            s.append(String.format(Locale.ROOT, "%6d  %-12s", i + 1, p.classes().get(argmax(probabilities[i]))));
            for (double v : probabilities[i]) {
                s.append(String.format(Locale.ROOT, "  %10.6f", v));
            }
            s.append('\n');
        }
        proof(s, p, "|dp|");
        return s.toString();
    }

    /** A regression: the predicted target of every row, in raw units. */
    private String regressionText(Prediction p) {
        StringBuilder s = new StringBuilder();
        double[][] y = p.probabilities();
        s.append(String.format(Locale.ROOT, "predict: %s from %s, %d row%s of %s%n", p.architecture(), model,
                y.length, y.length == 1 ? "" : "s", data));
        s.append(String.format(Locale.ROOT, "%6s  %16s%n", "row", p.classes().get(0)));
        for (int i = 0; i < y.length; i++) {
            s.append(String.format(Locale.ROOT, "%6d  %16.8g%n", i + 1, y[i][0]));
        }
        proof(s, p, "|dy|");
        return s.toString();
    }

    private void proof(StringBuilder s, Prediction p, String what) {
        if (p.hand() != null && p.dl4j() != null) {
            s.append(String.format(Locale.ROOT, "proof: %s; largest %s %.2e (row %d, bound %.2e)%n",
                    p.agree() ? "the engines agree on every row" : "THE ENGINES DISAGREE", what, p.difference(),
                    p.row() + 1, p.bound()));
        } else {
            s.append("proof: one engine only (--engine ").append(engine.name().toLowerCase(Locale.ROOT))
                    .append("), nothing to compare\n");
        }
    }

    private String json(Prediction p) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", model.toString());
        root.put("data", data.toString());
        root.put("architecture", p.architecture());
        root.put("features", p.features());
        root.put(p.regression() ? "target" : "classes", p.regression() ? p.classes().get(0) : p.classes());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double[] row : p.probabilities()) {
            Map<String, Object> r = new LinkedHashMap<>();
            if (p.regression()) {
                r.put("prediction", row[0]);
            } else {
                r.put("class", p.classes().get(argmax(row)));
                r.put("probabilities", row);
            }
            rows.add(r);
        }
        root.put("rows", rows);
        if (p.hand() != null && p.dl4j() != null) {
            Map<String, Object> proof = new LinkedHashMap<>();
            proof.put("agree", p.agree());
            proof.put("difference", p.difference());
            proof.put("row", p.row() + 1);
            proof.put("bound", p.bound());
            root.put("proof", proof);
        }
        return new ObjectMapper().writeValueAsString(root);
    }

    /** The first k with the largest p_k, as DL4J's argmax. */
    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        return best;
    }
}
