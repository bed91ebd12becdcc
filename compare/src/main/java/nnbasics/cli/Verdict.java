package nnbasics.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.Agreement;
import nnbasics.compare.Difference;
import nnbasics.compare.ProofJson;
import picocli.CommandLine;

/**
 * What a command that trained both engines says about them, the same numbers in text, in JSON and in the exit code
 * ({@code docs/twin-difference.md}):
 *
 * <pre>
 * step proof   every update, hand's from DL4J's state against DL4J's          held to stepBound: exit 3 above it
 * trajectory   the two engines running free from the same start               reported with its bound (if any) and
 *              the one-ulp control (networks); held too with --hold-trajectory
 * </pre>
 *
 * @param agreement       the run's step proof and trajectory
 * @param stepBound       the step proof's bound ({@code --tolerance}, or {@code Tolerances.step})
 * @param trajectoryBound the trajectory's documented bound, or null where the training magnifies rounding past any
 *                        bound (a network whose one-ulp control is too large)
 * @param control         the one-ulp control (networks), or null
 * @param holdTrajectory  whether the trajectory decides the exit code too ({@code --hold-trajectory})
 */
record Verdict(Agreement agreement, double stepBound, Double trajectoryBound, Difference control,
               boolean holdTrajectory) {

    /** The option's description, shared by the commands. */
    static final String HOLD_TRAJECTORY_HELP = "With both engines: exit with 3 also when the free-running trajectories "
            + "part by more than their documented bound (by default they are reported; the step proof decides).";

    /** Whether the step proof holds (and the trajectory, when held). */
    boolean agree() {
        return !agreement.step().exceeds(stepBound) && !(holdTrajectory && trajectoryBreaks());
    }

    private boolean trajectoryBreaks() {
        return agreement.trajectory().exceeds(heldTrajectoryBound());
    }

    /** The bound a held trajectory must keep: its own, or the networks' largest where it has none. */
    double heldTrajectoryBound() {
        return trajectoryBound != null ? trajectoryBound : nnbasics.compare.Tolerances.NETWORKS;
    }

    /**
     * {@code maxRelativeDifference}, {@code worst}, {@code tolerance} (the step proof's: what decides),
     * {@code agree}, and the objects {@code stepProof}, {@code trajectory} (with {@code oneUlpControl}).
     */
    void put(Map<String, Object> object) {
        ProofJson.put(object, agreement.step(), stepBound, agree(), agreement.trajectory(), trajectoryBound, control,
                holdTrajectory);
    }

    /**
     * Two or three lines for people, e.g.
     * <pre>
     * step proof: every step within 2.10e-15 (tensor W1, step 12) of DL4J's from the same state; bound 1.00e-12
     * trajectory: the engines running free part by 1.08e-01 (tensor P, step 1114); one ulp of the start carries
     *   the hand-written engine against itself 9.20e-02 (tensor P, step 1100): the training magnifies rounding
     * </pre>
     */
    String text() {
        StringBuilder s = new StringBuilder();
        Difference step = agreement.step();
        s.append(String.format(Locale.ROOT, "%nstep proof: each engine's step from DL4J's state, at every step: largest "
                        + "difference %s, %s the bound %s%n", step.describe(), step.exceeds(stepBound) ? "ABOVE" : "within",
                Difference.format(stepBound)));
        Difference free = agreement.trajectory();
        s.append(String.format(Locale.ROOT, "trajectory: the engines running free from the same start part by %s",
                free.describe()));
        if (trajectoryBound != null) {
            s.append(String.format(Locale.ROOT, ", %s its bound %s%s", free.exceeds(trajectoryBound) ? "beyond"
                    : "within", Difference.format(trajectoryBound), holdTrajectory ? " (held)" : ""));
        } else if (holdTrajectory) {
            s.append(String.format(Locale.ROOT, ", %s the held bound %s", free.exceeds(heldTrajectoryBound())
                    ? "beyond" : "within", Difference.format(heldTrajectoryBound())));
        }
        s.append(String.format(Locale.ROOT, "%n"));
        if (control != null) {
            s.append(String.format(Locale.ROOT, "  one-ulp control: the hand-written engine against itself, W1 one ulp "
                    + "up at the start, parts by %s%n", control.describe()));
            if (trajectoryBound == null) {
                s.append(String.format(Locale.ROOT, "  this training magnifies rounding: one ulp of the start carries "
                        + "a correct engine as far,%n  so the trajectories part though every step agrees "
                        + "(docs/twin-difference.md)%n"));
            }
        }
        return s.toString();
    }

    /**
     * @return 0, or {@link TwinCheck#TWINS_DISAGREE} after one line on stderr naming the tensor, the step and the
     *         value (of the step proof, or of the held trajectory)
     */
    int exitCode(CommandLine command) {
        if (agree()) {
            return 0;
        }
        PrintWriter err = command.getErr();
        Difference step = agreement.step();
        if (step.exceeds(stepBound)) {
            err.println(String.format(Locale.ROOT, "nnbasics %s: the engines disagree: from the same state, tensor %s "
                            + "at step %d differs by %s, above the tolerance %s", command.getCommandName(),
                    step.tensor(), step.step(), Difference.format(step.value()), Difference.format(stepBound)));
        } else {
            Difference free = agreement.trajectory();
            err.println(String.format(Locale.ROOT, "nnbasics %s: the trajectories part (--hold-trajectory): tensor %s "
                            + "at step %d differs by %s, above the bound %s", command.getCommandName(), free.tensor(),
                    free.step(), Difference.format(free.value()), Difference.format(heldTrajectoryBound())));
        }
        err.flush();
        return TwinCheck.TWINS_DISAGREE;
    }
}
