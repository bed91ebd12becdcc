package nnbasics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.classification.ClassifierFit;
import nnbasics.compare.classification.ClassifyRequest;
import nnbasics.compare.classification.ClassifyResult;

/** How {@code nnbasics classify} prints its result. */
final class ClassifyOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClassifyOutput() {
    }

    static String json(ClassifyRequest request, ClassifyResult result, Verdict verdict) throws Exception {
        ClassifierFit fit = result.primary();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("classes", request.classes());
        object.put("features", request.features());
        object.put("weights", fit.weights());
        object.put("bias", fit.bias());
        object.put("loss", fit.loss());
        object.put("lossFunction", request.loss().label());
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
            Map<String, Object> dl4j = new LinkedHashMap<>();
            dl4j.put("weights", result.dl4j().weights());
            dl4j.put("bias", result.dl4j().bias());
            dl4j.put("loss", result.dl4j().loss());
            dl4j.put("trainAccuracy", result.dl4j().trainAccuracy());
            if (result.dl4j().testAccuracy() != null) {
                dl4j.put("testAccuracy", result.dl4j().testAccuracy());
                dl4j.put("confusionMatrix", result.dl4j().confusionMatrix());
            }
            object.put("dl4j", dl4j);
        }
        return JSON.writeValueAsString(object);
    }

    static String text(ClassifyRequest request, ClassifyResult result, Verdict verdict) {
        StringBuilder s = new StringBuilder();
        ClassifierFit fit = result.primary();
        List<String> classes = request.classes();
        s.append(String.format(Locale.ROOT, "softmax regression%s: %s from %s   (%d rows of %s)%n",
                request.optimiser().isPlainSgd() ? "" : " · " + request.optimiser().describe(), request.label(),
                String.join(", ", request.features()), fit.probabilities().length, request.train()));
        s.append(String.format(Locale.ROOT, "gradient descent on %s: %d steps from zero, learning rate %s%s%n%n",
                request.loss().label(), request.steps(), request.rateText(),
                request.standardize() ? ", standardised features" : ""));
        int width = Math.max(8, classes.stream().mapToInt(String::length).max().orElse(8));
        s.append(String.format(Locale.ROOT, "  %-" + width + "s", "class"));
        for (String f : request.features()) {
            s.append(String.format(Locale.ROOT, "  %16s", "w " + f));
        }
        s.append(String.format(Locale.ROOT, "  %16s%n", "b"));
        for (int k = 0; k < classes.size(); k++) {
            s.append(String.format(Locale.ROOT, "  %-" + width + "s", classes.get(k)));
            for (double w : fit.weights()[k]) {
                s.append(String.format(Locale.ROOT, "  %16.9g", w));
            }
            s.append(String.format(Locale.ROOT, "  %16.9g%n", fit.bias()[k]));
        }
        s.append(String.format(Locale.ROOT, "%nloss %.9g, training accuracy %s%n", fit.loss(),
                percent(fit.trainAccuracy())));
        s.append(probabilities("training", classes, fit.probabilities()));
        if (fit.testAccuracy() != null) {
            s.append(String.format(Locale.ROOT, "%ntest accuracy %s on %s%n", percent(fit.testAccuracy()),
                    request.test()));
            s.append(probabilities("test", classes, fit.testProbabilities()));
            s.append(confusion(classes, fit.confusionMatrix()));
        }
        if (verdict != null) {
            s.append(verdict.text());
        }
        return s.toString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String probabilities(String which, List<String> classes, double[][] p) {
        return ProbabilityRows.text(which.equals("test") ? "test" : "row", classes, p);
    }

    private static String confusion(List<String> classes, int[][] counts) {
        int width = Math.max(8, classes.stream().mapToInt(String::length).max().orElse(8));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nconfusion matrix (rows: actual, columns: predicted)%n  %-" + width + "s", ""));
        for (String c : classes) {
            s.append(String.format(Locale.ROOT, "  %" + width + "s", c));
        }
        s.append('\n');
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < classes.size(); a++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", classes.get(a)));
            for (int c : counts[a]) {
                line.append(String.format(Locale.ROOT, "  %" + width + "d", c));
            }
            lines.add(line.toString());
        }
        s.append(String.join("\n", lines)).append('\n');
        return s.toString();
    }
}
