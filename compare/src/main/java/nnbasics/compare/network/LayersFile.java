package nnbasics.compare.network;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new LayersFileException("--init " + file + ": no such file");
        } catch (IOException e) {
            throw new LayersFileException("--init " + file + ": cannot read it ("
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.charset.CharacterCodingException ? "expected UTF-8 text"
                    : "an input/output error") + ")");
        }
        root = parse(file, text);
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
                throw new LayersFileException(what + ": entry " + (i + 1) + " is " + (v.isTextual() ? shown(v.asText()) : shown(v.toString()))
                        + ", not a number");
            }
            values[i] = v.asDouble();
            if (!Double.isFinite(values[i])) {   // 1e400 parses to Infinity: refused as the Infinity literal is
                throw new LayersFileException(what + ": entry " + (i + 1) + " is beyond double's range (it reads as "
                        + values[i] + "), expected a finite number");
            }
        }
        return values;
    }

    /** Longest part of the file a message echoes (a token, a number), so that the line stays readable. */
    static final int ECHO_LIMIT = 40;

    /**
     * The one JSON document in {@code text}: anything after it (garbage, a second document) is refused, and
     * Jackson's messages are put in plain words (its limits name its own methods; its non-standard tokens name its
     * features).
     */
    private static JsonNode parse(Path file, String text) {
        String where = "--init " + file + " is not JSON: ";
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            JsonNode root = JSON.readTree(parser);
            if (root == null) {
                throw new LayersFileException(where + "empty file, expected {\"layers\": [...]}");
            }
            JsonLocation end = parser.currentLocation();
            boolean more;
            try {
                more = parser.nextToken() != null;
            } catch (JsonProcessingException garbage) {
                more = true;
            }
            if (more) {
                throw new LayersFileException(where + "more text after the document that ends at line "
                        + end.getLineNr() + ", column " + (end.getColumnNr() - 1)
                        + ", expected one document and the end of the file");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new LayersFileException(where + plain(e.getOriginalMessage())
                    + (e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new LayersFileException("--init " + file + ": cannot read it (an input/output error)");
        }
    }

    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern DEPTH = Pattern.compile(
            "Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern LENGTH = Pattern.compile(
            "(Number|String|Name) value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
            Pattern.DOTALL);
    private static final Pattern DOCUMENT = Pattern.compile(
            "Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("'([^']*)'");

    /** Jackson's message as one plain line: no class, method or feature of the library, echoed tokens cut short. */
    static String plain(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        Matcher m;
        if ((m = NON_STANDARD.matcher(first)).matches()) {
            return "found " + shown(m.group(1)) + ", expected a finite number (JSON has no NaN or Infinity)";
        }
        if ((m = DEPTH.matcher(first)).matches()) {
            return "nested " + m.group(1) + " levels deep, expected at most " + m.group(2);
        }
        if ((m = LENGTH.matcher(first)).matches()) {
            String what = m.group(1).equals("Number") ? "a number" : m.group(1).equals("String") ? "a string"
                    : "a key";
            return what + " " + m.group(2) + " characters long, expected at most " + m.group(3);
        }
        if ((m = DOCUMENT.matcher(first)).matches()) {
            return "the document is " + m.group(1) + " characters long, expected at most " + m.group(2);
        }
        int marker = first.indexOf(" (start marker");   // Jackson's own location, with its source: dropped
        String line = marker < 0 ? first : first.substring(0, marker);
        // echoed tokens: control characters escaped, cut short
        StringBuilder out = new StringBuilder();
        Matcher token = TOKEN.matcher(line);
        while (token.find()) {
            token.appendReplacement(out, Matcher.quoteReplacement(shown(token.group(1))));
        }
        token.appendTail(out);
        String result = out.toString();
        if (result.contains("`") || result.contains("jackson") || result.contains("Feature")) {
            // a message naming the library's own parts: its first clause only, in place of the rest
            int cut = result.indexOf(':');
            result = cut > 0 && !result.substring(0, cut).contains("`") ? result.substring(0, cut)
                    : "malformed JSON";
        }
        return result;
    }

    /** A value from the file as a message shows it: quoted, control characters escaped, cut to a readable length. */
    static String shown(String value) {
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown >= ECHO_LIMIT) {
                out.append("…\" (").append(value.length()).append(" characters)");
                return out.toString();
            }
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
            shown++;
        }
        return out.append('"').toString();
    }
}
