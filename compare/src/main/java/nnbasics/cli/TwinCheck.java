package nnbasics.cli;

/** The exit code of a disagreement and the check of {@code --tolerance}, shared by the commands ({@link Verdict}). */
final class TwinCheck {

    /** Exit code when the engines disagree beyond the tolerance. */
    static final int TWINS_DISAGREE = 3;

    private TwinCheck() {
    }

    /** Checks a {@code --tolerance} value before any work. */
    static double tolerance(Double given, double documented) {
        if (given == null) {
            return documented;
        }
        if (!(given >= 0) || Double.isInfinite(given)) {
            throw new UserError("--tolerance " + given + ": expected a finite number ≥ 0");
        }
        return given;
    }
}
