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
            throw new UserError(flag + " \"" + text + "\": expected " + expected + " comma-separated value"
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

    /** One finite number. */
    static double number(String flag, String whole, String part) {
        try {
            double value = Double.parseDouble(part);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(flag + " \"" + whole + "\": expected a finite number, found \"" + part + "\"");
    }
}
