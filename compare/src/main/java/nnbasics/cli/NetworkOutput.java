package nnbasics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.LayersFile;
import nnbasics.compare.network.NetworkOutcome;
import nnbasics.compare.network.NetworkRequest;
import nnbasics.compare.network.NetworkResult;

/** How {@code nnbasics classify --hidden} prints its result. */
final class NetworkOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Networks with more parameters than this list their weights in {@code --json} only. */
    private static final int PRINTED_PARAMETERS = 400;

    private NetworkOutput() {
    }

    static String json(NetworkRequest request, NetworkResult result, Verdict verdict) throws Exception {
        NetworkOutcome fit = result.primary();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("classes", request.classes());
        object.put("features", request.features());
        object.put("architecture", fit.architecture());
        object.put("activation", request.activation().label());
        object.put("start", request.startText());
        object.put("layers", LayersFile.layers(fit.weights(), fit.biases()));
        object.put("loss", fit.loss());
        object.put("lossFunction", "cross-entropy");
        object.put("steps", request.steps());
        object.put("learningRate", request.rateText());
        if (!request.optimiser().isPlainSgd()) {
            object.put("optimiser", OptimiserOptions.json(request.optimiser()));
        }
        object.put("engine", request.engine().label());
        object.put("standardized", request.standardize());
        object.put("trainAccuracy", fit.trainAccuracy());
        object.put("probabilities", fit.probabilities());
        if (fit.testAccuracy() != null) {
            object.put("testAccuracy", fit.testAccuracy());
            object.put("testProbabilities", fit.testProbabilities());
            object.put("confusionMatrix", fit.confusionMatrix());
        }
        if (verdict != null) {
            verdict.put(object);
            NetworkOutcome other = result.dl4j();
            Map<String, Object> dl4j = new LinkedHashMap<>();
            dl4j.put("architecture", other.architecture());
            dl4j.put("layers", LayersFile.layers(other.weights(), other.biases()));
            dl4j.put("loss", other.loss());
            dl4j.put("trainAccuracy", other.trainAccuracy());
            dl4j.put("probabilities", other.probabilities());
            if (other.testAccuracy() != null) {
                dl4j.put("testAccuracy", other.testAccuracy());
                dl4j.put("confusionMatrix", other.confusionMatrix());
            }
            object.put("dl4j", dl4j);
        }
        return JSON.writeValueAsString(object);
    }

    static String text(NetworkRequest request, NetworkResult result, Verdict verdict) {
        NetworkOutcome fit = result.primary();
        List<String> classes = request.classes();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "network %s: %s from %s   (%d rows of %s)%n", fit.architecture()
                        + (request.optimiser().isPlainSgd() ? "" : " · " + request.optimiser().describe()),
                request.label(), String.join(", ", request.features()), fit.probabilities().length, request.train()));
        s.append(String.format(Locale.ROOT, "gradient descent on cross-entropy: %d steps from %s, learning rate %s%s%n",
                request.steps(), request.startText(), request.rateText(),
                request.standardize() ? ", standardised features" : ""));
        int parameters = 0;
        for (int l = 0; l < fit.weights().size(); l++) {
            parameters += fit.weights().get(l).length * fit.biases().get(l).length + fit.biases().get(l).length;
        }
        if (parameters > PRINTED_PARAMETERS) {
            s.append(String.format(Locale.ROOT, "%n%d parameters: the weights are in --json, \"layers\"%n", parameters));
        } else {
            s.append(String.format(Locale.ROOT, "%nfinal weights%s, W [input][unit] with b below each layer:%n",
                    request.standardize() ? " (on z-scores)" : ""));
            for (int l = 0; l < fit.weights().size(); l++) {
                boolean output = l + 1 == fit.weights().size();
                s.append(String.format(Locale.ROOT, "  layer %d%s%n", l + 1, output ? " (columns: " + String.join(", ",
                        classes) + ")" : ""));
                double[][] w = fit.weights().get(l);
                for (int j = 0; j < w.length; j++) {
                    String input = l == 0 ? request.features().get(j) : "unit " + (j + 1);
                    s.append(row("  W " + input, w[j]));
                }
                s.append(row("  b", fit.biases().get(l)));
            }
        }
        s.append(String.format(Locale.ROOT, "%nloss %.9g, training accuracy %s%n", fit.loss(),
                percent(fit.trainAccuracy())));
        s.append(probabilities("row", classes, fit.probabilities()));
        if (fit.testAccuracy() != null) {
            s.append(String.format(Locale.ROOT, "%ntest accuracy %s on %s%n", percent(fit.testAccuracy()),
                    request.test()));
            s.append(probabilities("test", classes, fit.testProbabilities()));
        }
        if (verdict != null) {
            s.append(verdict.text());
        }
        return s.toString();
    }

    private static String row(String name, double[] values) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %-18s", name));
        for (double v : values) {
            s.append(String.format(Locale.ROOT, " %12.6g", v));
        }
        return s.append('\n').toString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String probabilities(String which, List<String> classes, double[][] p) {
        return ProbabilityRows.text(which, classes, p);
    }
}
