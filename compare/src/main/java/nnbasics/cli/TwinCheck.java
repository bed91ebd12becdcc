package nnbasics.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nnbasics.compare.Difference;
import picocli.CommandLine;

/** The end of every command that trains both engines: exit 3 when they disagree beyond the tolerance. */
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

    /**
     * @param difference the run's difference, or null with one engine
     * @return 0, or {@link #TWINS_DISAGREE} after one line on stderr naming the tensor, the step and the value
     */
    static int exitCode(CommandLine command, Difference difference, double tolerance) {
        if (difference == null || !difference.exceeds(tolerance)) {
            return 0;
        }
        PrintWriter err = command.getErr();
        err.println(String.format(Locale.ROOT,
                "nnbasics %s: the engines disagree: tensor %s at step %d differs by %s, above the tolerance %s",
                command.getCommandName(), difference.tensor(), difference.step(), Difference.format(difference.value()),
                Difference.format(tolerance)));
        err.flush();
        return TWINS_DISAGREE;
    }
}
