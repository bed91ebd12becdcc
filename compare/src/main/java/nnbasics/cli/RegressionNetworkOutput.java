package nnbasics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.LayersFile;
import nnbasics.compare.network.RegressionNetworkOutcome;
import nnbasics.compare.network.RegressionNetworkResult;
import nnbasics.compare.regression.FitRequest;
import nnbasics.handwritten.updaters.Optimiser;

/** How {@code nnbasics fit --hidden} prints its result. */
final class RegressionNetworkOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RegressionNetworkOutput() {
    }

    /** @param optimiser the recipe of the run: printed unless it is plain SGD (outputs as before then) */
    static String json(FitRequest request, String architecture, HiddenActivation activation, String startText,
                       Optimiser optimiser, RegressionNetworkResult result, int queries, Verdict verdict)
            throws Exception {
        RegressionNetworkOutcome fit = result.primary();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("target", request.target());
        object.put("features", request.features());
        object.put("architecture", fit.architecture());
        object.put("activation", activation.label());
        object.put("start", startText);
        object.put("layers", LayersFile.layers(fit.weights(), fit.biases()));
        object.put("loss", fit.loss());
        object.put("lossFunction", "mse");
        object.put("mse", fit.rawMse());
        object.put("steps", request.steps());
        object.put("learningRate", request.rateText());
        if (!optimiser.isPlainSgd()) {
            object.put("optimiser", OptimiserOptions.json(optimiser));
        }
        object.put("engine", request.engine().label());
        object.put("standardized", request.standardize());
        object.put("predictions", Arrays.copyOf(fit.queries(), queries));
        if (verdict != null) {
            verdict.put(object);
            RegressionNetworkOutcome other = result.dl4j();
            Map<String, Object> dl4j = new LinkedHashMap<>();
            dl4j.put("architecture", other.architecture());
            dl4j.put("layers", LayersFile.layers(other.weights(), other.biases()));
            dl4j.put("loss", other.loss());
            dl4j.put("mse", other.rawMse());
            dl4j.put("predictions", Arrays.copyOf(other.queries(), queries));
            object.put("dl4j", dl4j);
        }
        return JSON.writeValueAsString(object);
    }

    static String text(FitRequest request, String startText, Optimiser optimiser, RegressionNetworkResult result,
                       List<double[]> queries, Verdict verdict) {
        RegressionNetworkOutcome fit = result.primary();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "network %s: %s from %s   (%d rows of %s)%n", fit.architecture()
                        + (optimiser.isPlainSgd() ? "" : " · " + optimiser.describe()),
                request.target(), String.join(", ", request.features()), request.rows(), request.data()));
        s.append(String.format(Locale.ROOT, "gradient descent on MSE: %d steps from %s, learning rate %s%s%n",
                request.steps(), startText, request.rateText(),
                request.standardize() ? ", standardised features and target" : ""));
        List<RegressionNetworkOutcome> fits = new ArrayList<>();
        if (result.hand() != null) {
            fits.add(result.hand());
        }
        if (result.dl4j() != null) {
            fits.add(result.dl4j());
        }
        s.append(String.format(Locale.ROOT, "%n  %-24s", ""));
        for (RegressionNetworkOutcome f : fits) {
            s.append(String.format(Locale.ROOT, "  %24s", f.engine()));
        }
        s.append('\n');
        s.append(String.format(Locale.ROOT, "  %-24s", request.standardize() ? "loss (on z-scores)" : "loss"));
        for (RegressionNetworkOutcome f : fits) {
            s.append(String.format(Locale.ROOT, "  %24.17g", f.loss()));
        }
        s.append('\n');
        s.append(String.format(Locale.ROOT, "  %-24s", "mse (raw units)"));
        for (RegressionNetworkOutcome f : fits) {
            s.append(String.format(Locale.ROOT, "  %24.17g", f.rawMse()));
        }
        s.append(String.format(Locale.ROOT, "%n  (the weights: --json, \"layers\")%n"));
        if (verdict != null) {
            s.append(verdict.text());
        }
        for (int q = 0; q < queries.size(); q++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < queries.get(q).length; j++) {
                parts.add(request.features().get(j) + "=" + queries.get(q)[j]);
            }
            s.append(String.format(Locale.ROOT, "%nprediction for %s: %s = %.6g", String.join(", ", parts),
                    request.target(), fit.queries()[q]));
        }
        if (!queries.isEmpty()) {
            s.append('\n');
        }
        return s.toString();
    }
}
