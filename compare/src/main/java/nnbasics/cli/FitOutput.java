package nnbasics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.regression.EngineFit;
import nnbasics.compare.regression.FitRequest;
import nnbasics.compare.regression.FitResult;
import nnbasics.compare.regression.Method;

/** How {@code nnbasics fit} prints its result: aligned text for people, one JSON object for programs. */
final class FitOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FitOutput() {
    }

    /** Σ_j w_j·v_j + b. */
    static double predict(EngineFit fit, double[] values) {
        double sum = fit.bias();
        for (int j = 0; j < values.length; j++) {
            sum += fit.weights()[j] * values[j];
        }
        return sum;
    }

    static String json(FitRequest request, FitResult result, List<double[]> queries, Verdict verdict)
            throws Exception {
        EngineFit fit = result.primary();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("features", request.features());
        object.put("weights", fit.weights());
        object.put("bias", fit.bias());
        object.put("mse", fit.mse());
        object.put("steps", result.steps());
        object.put("engine", request.engine().label());
        object.put("method", request.method().name().toLowerCase(Locale.ROOT));
        object.put("standardized", request.standardize());
        if (request.method() == Method.GD) {
            object.put("learningRate", request.rateText());
        }
        List<Double> predictions = new ArrayList<>();
        for (double[] query : queries) {
            predictions.add(predict(fit, query));
        }
        object.put("predictions", predictions);
        if (result.normal() != null) {
            NormalOutput.put(object, result.normal());
        }
        if (verdict != null) {
            verdict.put(object);
        }
        if (result.dl4j() != null && result.hand() != null) {
            Map<String, Object> dl4j = new LinkedHashMap<>();   // in this order on every run (Map.of has none)
            dl4j.put("weights", result.dl4j().weights());
            dl4j.put("bias", result.dl4j().bias());
            dl4j.put("mse", result.dl4j().mse());
            object.put("dl4j", dl4j);
        }
        return JSON.writeValueAsString(object);
    }

    static String text(Path data, String target, FitRequest request, FitResult result, List<double[]> queries,
                       Verdict verdict) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s = %s + b   (%d rows of %s)%n", target,
                weightedSum(request.features()), request.rows(), data));
        if (request.method() == Method.GD) {
            s.append(String.format(Locale.ROOT, "gradient descent on MSE: %d steps from zero, learning rate %s%s%n",
                    result.steps(), request.rateText(), request.standardize() ? ", standardised features" : ""));
        } else {
            s.append("least squares in closed form (normal equations)\n");
        }
        List<EngineFit> fits = new ArrayList<>();
        if (result.hand() != null) {
            fits.add(result.hand());
        }
        if (result.dl4j() != null) {
            fits.add(result.dl4j());
        }
        int width = Math.max(4, request.features().stream().mapToInt(String::length).max().orElse(4));
        s.append(String.format(Locale.ROOT, "%n  %-" + width + "s", ""));
        for (EngineFit fit : fits) {
            s.append(String.format(Locale.ROOT, "  %24s", fit.engine()));
        }
        s.append('\n');
        for (int j = 0; j < request.features().size(); j++) {
            s.append(String.format(Locale.ROOT, "  %-" + width + "s", "w " + request.features().get(j)));
            for (EngineFit fit : fits) {
                s.append(String.format(Locale.ROOT, "  %24.17g", fit.weights()[j]));
            }
            s.append('\n');
        }
        row(s, width, "b", fits.stream().mapToDouble(EngineFit::bias).toArray());
        row(s, width, "mse", fits.stream().mapToDouble(EngineFit::mse).toArray());
        if (result.normal() != null) {
            s.append(NormalOutput.text(result.normal()));
        }
        if (verdict != null) {
            s.append(verdict.text());
        }
        for (double[] query : queries) {
            s.append(String.format(Locale.ROOT, "%nprediction for %s: %s = %.6g", values(request.features(), query),
                    target, predict(result.primary(), query)));
        }
        if (!queries.isEmpty()) {
            s.append('\n');
        }
        return s.toString();
    }

    private static void row(StringBuilder s, int width, String label, double[] values) {
        s.append(String.format(Locale.ROOT, "  %-" + width + "s", label));
        for (double v : values) {
            s.append(String.format(Locale.ROOT, "  %24.17g", v));
        }
        s.append('\n');
    }

    private static String weightedSum(List<String> features) {
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            terms.add("w" + (j + 1) + "·" + features.get(j));
        }
        return String.join(" + ", terms);
    }

    private static String values(List<String> features, double[] query) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < query.length; j++) {
            parts.add(features.get(j) + "=" + query[j]);
        }
        return String.join(", ", parts);
    }
}
