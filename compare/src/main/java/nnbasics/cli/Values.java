package nnbasics.cli;

import java.util.ArrayList;
import java.util.List;

/** Parses comma-separated numbers given on the command line, naming the flag in every error. */
final class Values {

    private Values() {
    }

    /** Parses "v1,v2,…" into exactly {@code expected} finite numbers. */
    static double[] parse(String flag, String text, int expected) {
        String[] parts = text.split(",", -1);
        if (parts.length != expected) {
            throw new UserError(flag + " " + shown(text) + ": expected " + expected + " comma-separated value"
                    + (expected == 1 ? "" : "s") + ", got " + parts.length);
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(flag, text, parts[i].trim());
        }
        return values;
    }

    /** Parses each text with {@link #parse(String, String, int)}. */
    static List<double[]> parseEach(String flag, List<String> texts, int expected) {
        List<double[]> all = new ArrayList<>();
        for (String text : texts) {
            all.add(parse(flag, text, expected));
        }
        return all;
    }

    /** The numbers as they would be given: "1650.0,3.0". */
    static String text(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double value : values) {
            parts.add(Double.toString(value));
        }
        return String.join(",", parts);
    }

    /**
     * One finite number: text that is no number is a usage error (exit 2, as picocli's "is not a number"); a number
     * that is not finite (NaN, Infinity, 1e400) a mistake in the value (exit 1).
     */
    static double number(String flag, String whole, String part) {
        double value;
        try {
            value = Double.parseDouble(part);
        } catch (NumberFormatException e) {
            throw new UsageError(flag + " " + shown(whole) + ": expected a finite number, found " + shown(part));
        }
        if (!Double.isFinite(value)) {
            throw new UserError(flag + " " + shown(whole) + ": expected a finite number, found " + shown(part));
        }
        return value;
    }

    /** Longest part of a value a message echoes, so that the line stays readable. */
    static final int ECHO_LIMIT = 40;

    /** As {@link #shown}, between single quotes as picocli quotes values: {@code '4,'}, {@code 'ab…' (90 characters)}. */
    static String singleQuoted(String value) {
        String shown = shown(value);
        int close = shown.lastIndexOf('"');
        return "'" + shown.substring(1, close).replace("\\\"", "\"").replace("\\\\", "\\") + "'"
                + shown.substring(close + 1);
    }

    /** Every control character of a message escaped ({@code \u001b}), so that a terminal shows it, not obeys it. */
    static String controlsEscaped(String message) {
        StringBuilder plain = new StringBuilder();
        message.chars().forEach(c -> plain.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return plain.toString();
    }

    /** A value as a message shows it: quoted, control characters escaped, cut to {@value #ECHO_LIMIT} characters. */
    static String shown(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            if (i == ECHO_LIMIT) {
                return out.append("…\" (").append(value.length()).append(" characters)").toString();
            }
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
