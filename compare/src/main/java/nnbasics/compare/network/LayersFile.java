package nnbasics.compare.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.handwritten.network.NetworkStart;

/**
 * A network's parameters as JSON, the format of {@code --init} and of the {@code "layers"} that {@code --json}
 * prints:
 *
 * <pre>
 * {"layers": [{"W": [[…], …], "b": […]}, …]}     layers from the input to the output;
 *                                                 W [nIn][nOut] (row j: input j's weights to every unit),
 *                                                 b [nOut]; the last layer's columns in class order
 * </pre>
 *
 * <p>Other keys are ignored, so a whole {@code classify --json} output is a valid file: it starts a run where that
 * one ended.
 */
public final class LayersFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LayersFile() {
    }

    /**
     * The {@code "layers"} value for output.
     *
     * @param weights W of every layer, [nIn][nOut]
     * @param biases  b of every layer
     * @return one {@code {"W": …, "b": …}} per layer, in order
     */
    public static List<Map<String, Object>> layers(List<double[][]> weights, List<double[]> biases) {
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("W", weights.get(l));
            layer.put("b", biases.get(l));
            layers.add(layer);
        }
        return layers;
    }

    /**
     * Reads a start and checks it against the network's widths.
     *
     * @param file         the JSON file
     * @param sizes        nIn, hidden widths…, classes, as the data and {@code --hidden} ask
     * @param architecture how messages name the network, e.g. {@code 2 → 4 tanh → 2 softmax}
     * @return W and b of every layer
     * @throws LayersFileException one line naming the file and what was wrong (a layer whose shape does not fit:
     *                             the layer and both shapes)
     */
    public static NetworkStart read(Path file, int[] sizes, String architecture) {
        JsonNode root;
        if (Files.isDirectory(file)) {
            throw new LayersFileException("--init " + file + ": is a folder, expected a JSON file");
        }
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new LayersFileException("--init " + file + ": no such file");
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("");
            int marker = message.indexOf(" (start marker");   // Jackson's own location, with its source: dropped
            throw new LayersFileException("--init " + file + " is not JSON: "
                    + (marker < 0 ? message : message.substring(0, marker))
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new LayersFileException("--init " + file + ": cannot read it ("
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.charset.CharacterCodingException ? "expected UTF-8 text"
                    : "an input/output error") + ")");
        }
        String where = "--init " + file + ": ";
        JsonNode layers = root == null ? null : root.get("layers");
        if (layers == null || !layers.isArray()) {
            throw new LayersFileException(where + "expected {\"layers\": [{\"W\": [[…]], \"b\": […]}, …]}, found no "
                    + "\"layers\" list");
        }
        int count = sizes.length - 1;
        if (layers.size() != count) {
            throw new LayersFileException(where + layers.size() + " layers, the network " + architecture + " has "
                    + count);
        }
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            String name = "layer " + (l + 1);
            JsonNode layer = layers.get(l);
            double[][] w = matrix(where + name + ": W", layer.get("W"));
            double[] b = vector(where + name + ": b", layer.get("b"));
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            if (w.length != nIn || w[0].length != nOut) {
                throw new LayersFileException(where + name + ": W is " + w.length + "×" + w[0].length + ", the network "
                        + architecture + " needs " + nIn + "×" + nOut + " ([inputs][units])");
            }
            if (b.length != nOut) {
                throw new LayersFileException(where + name + ": b has " + b.length + " entries, the network "
                        + architecture + " needs " + nOut);
            }
            weights.add(w);
            biases.add(b);
        }
        return new NetworkStart(weights, biases);
    }

    private static double[][] matrix(String what, JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new LayersFileException(what + " is missing or not a list of rows of numbers");
        }
        double[][] rows = new double[node.size()][];
        for (int j = 0; j < rows.length; j++) {
            rows[j] = vector(what + " row " + (j + 1), node.get(j));
            if (rows[j].length != rows[0].length) {
                throw new LayersFileException(what + " row " + (j + 1) + " has " + rows[j].length
                        + " entries, row 1 has " + rows[0].length);
            }
        }
        return rows;
    }

    private static double[] vector(String what, JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new LayersFileException(what + " is missing or not a list of numbers");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(i);
            if (!v.isNumber()) {
                throw new LayersFileException(what + ": entry " + (i + 1) + " is " + v + ", not a number");
            }
            values[i] = v.asDouble();
        }
        return values;
    }
}
