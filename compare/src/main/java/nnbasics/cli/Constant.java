package nnbasics.cli;

import java.nio.file.Path;
import java.util.List;
import nnbasics.handwritten.features.ConstantFeatureException;
import nnbasics.handwritten.features.Standardizer;

/**
 * Refuses to standardise a constant column, whichever engine runs: the hand-written {@link Standardizer} refuses
 * one, while ND4J's normaliser would silently divide by 1e-5, so the check is made once, up front.
 */
final class Constant {

    private Constant() {
    }

    static void rejectConstantColumns(double[][] x, List<String> names, Path file) {
        try {
            Standardizer.fit(x);
        } catch (ConstantFeatureException e) {
            throw rejected(e, names, file);
        }
    }

    /** As {@link #rejectConstantColumns}, on features held column by column, [feature][row]. */
    static void rejectConstantFeatureColumns(double[][] columns, List<String> names, Path file) {
        try {
            Standardizer.fitColumns(columns);
        } catch (ConstantFeatureException e) {
            throw rejected(e, names, file);
        }
    }

    /** With {@code fit --hidden --standardize}: the target is standardised too, so it must vary. */
    static void rejectConstantTarget(double[] target, String name, Path file) {
        try {
            Standardizer.fitColumns(new double[][] {target});
        } catch (ConstantFeatureException e) {
            throw new UserError("--standardize: the target column \"" + name + "\" of " + file
                    + " is constant; it has no spread to divide by, and nothing for a network to learn");
        }
    }

    private static UserError rejected(ConstantFeatureException e, List<String> names, Path file) {
        return new UserError("--standardize: column \"" + names.get(e.column()) + "\" of " + file
                + " is constant; it has no spread to divide by, so drop it from --features");
    }
}
