package nnbasics.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.Difference;

/** How the commands show the twin difference: the same number, tensor and step in text and in JSON. */
final class Twins {

    private Twins() {
    }

    /** {@code maxRelativeDifference}, {@code worstTensor}, {@code worstStep}, {@code tolerance}, {@code agree}. */
    static void put(Map<String, Object> object, Difference difference, double tolerance) {
        object.put("maxRelativeDifference", difference.value());
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("tensor", difference.tensor());
        where.put("step", difference.step());
        object.put("worst", where);
        object.put("tolerance", tolerance);
        object.put("agree", !difference.exceeds(tolerance));
    }

    /** "largest twin difference over all steps: 1.23e-16 (tensor W, step 3), within the tolerance 1e-12". */
    static String text(Difference difference, double tolerance, boolean overSteps) {
        return String.format(Locale.ROOT, "%nlargest twin difference between the engines%s: %s, %s the tolerance %s%n",
                overSteps ? " over all steps" : "", difference.describe(),
                difference.exceeds(tolerance) ? "ABOVE" : "within", Difference.format(tolerance));
    }
}
