package nnbasics.compare.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.LayersFile;
import nnbasics.handwritten.classification.SoftmaxModel;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.network.Network;
import nnbasics.handwritten.network.OutputLayer;
import nnbasics.handwritten.regression.LinearModel;

/**
 * The hand-written network kept as JSON: the {@code --init} format ({@link LayersFile}) with what scoring raw rows
 * needs beside it.
 *
 * <pre>
 * {"format": "nnbasics-network 1",
 *  "features": ["area", …], "classes": ["bad", …], "activation": "tanh",
 *  "standardizer": {"means": […], "standardDeviations": […]}      or null for raw features
 *  "layers": [{"W": [[…]], "b": […]}, …]}                        from the input to the output
 *
 * a regression (a linear model or a network with an identity output) has instead of "classes":
 *  "output": "identity", "target": "price",
 *  "targetStandardizer": {"means": [μ_y], "standardDeviations": [σ_y]}   or null: ŷ_raw = σ_y·ŷ + μ_y
 * </pre>
 *
 * Numbers are written as Java's shortest round-trip decimal, so reading gives back the same doubles, bit for bit.
 *
 * @param classes      the class names in output order; for a regression the one target's name
 * @param activation   f of the hidden layers, or null for one layer (softmax regression, a linear model)
 * @param standardizer the scaler the training features went through, or null
 * @param output       softmax with the cross-entropy (a classifier) or the identity with MSE (a regression)
 * @param target       a regression's target scaler (one column), or null for raw units
 */
public record HandNetworkFile(List<String> features, List<String> classes, HiddenActivation activation,
                              Standardizer standardizer, List<double[][]> weights, List<double[]> biases,
                              OutputLayer output, Standardizer target) {

    /** The value of {@code "format"}: which program wrote the file and in which version of the layout. */
    public static final String FORMAT = "nnbasics-network 1";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A classifier (softmax output), as before regressions were kept. */
    public HandNetworkFile(List<String> features, List<String> classes, HiddenActivation activation,
                           Standardizer standardizer, List<double[][]> weights, List<double[]> biases) {
        this(features, classes, activation, standardizer, weights, biases, OutputLayer.SOFTMAX_CROSS_ENTROPY, null);
    }

    public HandNetworkFile {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
    }

    /**
     * p of each row, by the model these layers make: softmax regression for one layer ({@link SoftmaxModel}), the
     * network for more ({@link Network}); their constructors check that the shapes chain.
     *
     * @param z the rows as the first layer sees them (standardised when the model was)
     */
    public double[][] probabilities(double[][] z) {
        if (weights.size() == 1 && output == OutputLayer.IDENTITY_MSE) {
            double[] w = new double[weights.get(0).length];
            for (int j = 0; j < w.length; j++) {
                w[j] = weights.get(0)[j][0];
            }
            double[] y = new LinearModel(w, biases.get(0)[0]).predict(z);    // ŷ = Σ_j w_j x_j + b
            double[][] out = new double[y.length][];
            for (int i = 0; i < y.length; i++) {
                out[i] = new double[] {y[i]};
            }
            return out;
        }
        return weights.size() == 1 ? new SoftmaxModel(weights.get(0), biases.get(0)).probabilities(z)
                : network().probabilities(z);
    }

    /**
     * A regression's predictions in the target's raw units.
     *
     * @param z the rows as the first layer sees them
     * @return ŷ_raw = σ_y·ŷ + μ_y of every row (ŷ itself without a target scaler)
     */
    public double[] predictions(double[][] z) {
        double[][] out = probabilities(z);
        double[] y = new double[out.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = target == null ? out[i][0]
                    : target.standardDeviations()[0] * out[i][0] + target.means()[0];   // σ_y·ŷ + μ_y
        }
        return y;
    }

    /** @return true for a regression (identity output) */
    public boolean isRegression() {
        return output == OutputLayer.IDENTITY_MSE;
    }

    /**
     * @return e.g. {@code 2 → 4 tanh → 2 softmax}, {@code 2 → 2 softmax} for softmax regression, {@code 2 → 1
     *         identity} for a linear model
     */
    public String architecture() {
        return weights.size() == 1 ? features.size() + " → " + classes.size() + " " + output.label()
                : network().architecture();
    }

    private Network network() {
        return new Network(weights, biases, activation.hand(), output);
    }

    /** Writes the JSON to a temporary name beside {@code file}, then moves it into place. */
    public void write(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("features", features);
        if (isRegression()) {
            root.put("output", output.label());
            root.put("target", classes.get(0));
            root.put("targetStandardizer", target == null ? null : Map.of("means", target.means(),
                    "standardDeviations", target.standardDeviations()));
        } else {
            root.put("classes", classes);
        }
        root.put("activation", activation == null ? null : activation.label());
        if (standardizer == null) {
            root.put("standardizer", null);
        } else {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("means", standardizer.means());
            s.put("standardDeviations", standardizer.standardDeviations());
            root.put("standardizer", s);
        }
        root.put("layers", LayersFile.layers(weights, biases));
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * @throws ModelFileException one line naming the file and what is missing or malformed
     */
    public static HandNetworkFile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": missing (a model folder written by --save has it)");
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (truncated or edited?)");
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot read it");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ModelFileException(file + ": not a network written by nnbasics --save (expected \"format\": \""
                    + FORMAT + "\")");
        }
        List<String> features = strings(file, root, "features");
        JsonNode outputNode = root.path("output");
        OutputLayer output = OutputLayer.SOFTMAX_CROSS_ENTROPY;
        if (!outputNode.isMissingNode() && !outputNode.isNull()) {
            if (!outputNode.isTextual() || !(outputNode.asText().equals("identity")
                    || outputNode.asText().equals("softmax"))) {
                throw new ModelFileException(file + ": \"output\" must be softmax or identity");
            }
            output = outputNode.asText().equals("identity") ? OutputLayer.IDENTITY_MSE
                    : OutputLayer.SOFTMAX_CROSS_ENTROPY;
        }
        List<String> classes;
        Standardizer target = null;
        if (output == OutputLayer.IDENTITY_MSE) {
            JsonNode name = root.path("target");
            if (!name.isTextual()) {
                throw new ModelFileException(file + ": a regression needs its \"target\" column's name");
            }
            classes = List.of(name.asText());
            JsonNode t = root.path("targetStandardizer");
            if (!t.isMissingNode() && !t.isNull()) {
                try {
                    target = new Standardizer(numbers(file, t.path("means"), "targetStandardizer.means", 1),
                            numbers(file, t.path("standardDeviations"), "targetStandardizer.standardDeviations", 1));
                } catch (IllegalArgumentException e) {
                    throw new ModelFileException(file + ": \"targetStandardizer\": " + e.getMessage());
                }
            }
        } else {
            classes = strings(file, root, "classes");
        }
        HiddenActivation activation = null;
        JsonNode f = root.path("activation");
        if (!f.isMissingNode() && !f.isNull()) {
            activation = f.isTextual() ? HiddenActivation.parse(f.asText()) : null;
            if (activation == null) {
                throw new ModelFileException(file + ": \"activation\" must be identity, sigmoid, tanh or relu");
            }
        }
        Standardizer standardizer = null;
        JsonNode s = root.path("standardizer");
        if (!s.isMissingNode() && !s.isNull()) {
            double[] means = numbers(file, s.path("means"), "standardizer.means", features.size());
            double[] sds = numbers(file, s.path("standardDeviations"), "standardizer.standardDeviations",
                    features.size());
            try {
                standardizer = new Standardizer(means, sds);
            } catch (IllegalArgumentException e) {
                throw new ModelFileException(file + ": \"standardizer\": " + e.getMessage());
            }
        }
        JsonNode layers = root.path("layers");
        if (!layers.isArray() || layers.isEmpty()) {
            throw new ModelFileException(file + ": \"layers\" must be a list of {\"W\": …, \"b\": …}, one per layer");
        }
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            JsonNode w = layers.get(l).path("W");
            if (!w.isArray() || w.isEmpty()) {
                throw new ModelFileException(file + ": layer " + l + " has no \"W\" matrix");
            }
            double[][] matrix = new double[w.size()][];
            for (int j = 0; j < w.size(); j++) {
                matrix[j] = numbers(file, w.get(j), "layer " + l + " W row " + j, -1);
            }
            weights.add(matrix);
            biases.add(numbers(file, layers.get(l).path("b"), "layer " + l + " b", -1));
        }
        if (activation == null && weights.size() > 1) {
            throw new ModelFileException(file + ": a network with hidden layers needs its \"activation\"");
        }
        HandNetworkFile model = new HandNetworkFile(features, classes, activation, standardizer, weights, biases,
                output, target);
        int inputs = weights.get(0).length;
        int outputs = biases.get(biases.size() - 1).length;
        if (inputs != features.size() || outputs != classes.size()) {
            throw new ModelFileException(file + ": the layers take " + inputs + " features and give " + outputs
                    + (model.isRegression() ? " outputs" : " classes") + ", but the file names " + features.size()
                    + " features and " + classes.size() + (model.isRegression() ? " target" : " classes"));
        }
        try {
            model.probabilities(new double[][] {new double[inputs]});    // the shapes chain
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file + ": " + e.getMessage());
        }
        return model;
    }

    private static List<String> strings(Path file, JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (!node.isArray() || node.isEmpty()) {
            throw new ModelFileException(file + ": \"" + key + "\" must be a list of names");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw new ModelFileException(file + ": \"" + key + "\" must be a list of names");
            }
            list.add(n.asText());
        }
        return list;
    }

    private static double[] numbers(Path file, JsonNode node, String what, int length) {
        if (!node.isArray() || node.isEmpty() || (length >= 0 && node.size() != length)) {
            throw new ModelFileException(file + ": " + what + " must be a list of "
                    + (length >= 0 ? length + " " : "") + "numbers");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode n = node.get(i);
            if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
                throw new ModelFileException(file + ": " + what + ", entry " + i + ", is not a finite number");
            }
            values[i] = n.asDouble();
        }
        return values;
    }
}
