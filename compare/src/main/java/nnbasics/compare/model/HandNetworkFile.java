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

/**
 * The hand-written network kept as JSON: the {@code --init} format ({@link LayersFile}) with what scoring raw rows
 * needs beside it.
 *
 * <pre>
 * {"format": "nnbasics-network 1",
 *  "features": ["area", …], "classes": ["bad", …], "activation": "tanh",
 *  "standardizer": {"means": […], "standardDeviations": […]}      or null for raw features
 *  "layers": [{"W": [[…]], "b": […]}, …]}                        from the input to the output
 * </pre>
 *
 * Numbers are written as Java's shortest round-trip decimal, so reading gives back the same doubles, bit for bit.
 *
 * @param activation   f of the hidden layers, or null for softmax regression (one layer)
 * @param standardizer the scaler the training features went through, or null
 */
public record HandNetworkFile(List<String> features, List<String> classes, HiddenActivation activation,
                              Standardizer standardizer, List<double[][]> weights, List<double[]> biases) {

    /** The value of {@code "format"}: which program wrote the file and in which version of the layout. */
    public static final String FORMAT = "nnbasics-network 1";

    private static final ObjectMapper JSON = new ObjectMapper();

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
        return weights.size() == 1 ? new SoftmaxModel(weights.get(0), biases.get(0)).probabilities(z)
                : network().probabilities(z);
    }

    /** @return e.g. {@code 2 → 4 tanh → 2 softmax}, or {@code 2 → 2 softmax} for softmax regression */
    public String architecture() {
        return weights.size() == 1 ? features.size() + " → " + classes.size() + " softmax" : network().architecture();
    }

    private Network network() {
        return new Network(weights, biases, activation.hand());
    }

    /** Writes the JSON to a temporary name beside {@code file}, then moves it into place. */
    public void write(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("features", features);
        root.put("classes", classes);
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
        List<String> classes = strings(file, root, "classes");
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
        HandNetworkFile model = new HandNetworkFile(features, classes, activation, standardizer, weights, biases);
        int inputs = weights.get(0).length;
        int outputs = biases.get(biases.size() - 1).length;
        if (inputs != features.size() || outputs != classes.size()) {
            throw new ModelFileException(file + ": the layers take " + inputs + " features and give " + outputs
                    + " classes, but the file names " + features.size() + " features and " + classes.size()
                    + " classes");
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
