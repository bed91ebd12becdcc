package nnbasics.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.compare.regression.NormalProof;
import picocli.CommandLine;

/**
 * What {@code fit --method normal} says of both engines: each solution's backward error against its bound (what
 * decides), and the distance between the two solutions (what the conditioning of XᵀX allows; reported). The bound
 * is the proof's own ({@link NormalProof#heldTo} with {@code --tolerance}), so the printed verdict and the exit code
 * are the same decision ({@code docs/closed-forms.md}).
 */
final class NormalOutput {

    private NormalOutput() {
    }

    /** {@code backwardError: {hand, dl4j, tolerance, agree}}, {@code solutions: {maxRelativeDifference, worst}}. */
    static void put(Map<String, Object> object, NormalProof proof) {
        Difference worst = proof.worst();
        object.put("maxRelativeDifference", worst.value());
        object.put("tolerance", proof.bound());
        object.put("agree", proof.holds());
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("hand", proof.handBackwardError());
        backward.put("dl4j", proof.dl4jBackwardError());
        backward.put("tolerance", proof.bound());
        backward.put("agree", proof.holds());
        object.put("backwardError", backward);
        Map<String, Object> solutions = new LinkedHashMap<>();
        solutions.put("maxRelativeDifference", proof.solutions().value());
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("tensor", proof.solutions().tensor());
        where.put("step", proof.solutions().step());
        solutions.put("worst", where);
        object.put("solutions", solutions);
    }

    static String text(NormalProof proof) {
        return String.format(Locale.ROOT, "%nbackward error max_j |Aᵀ(Aθ − y)|_j / (‖a_j‖ (Σ_k ‖a_k‖|θ_k| + ‖y‖)), on "
                        + "both engines' rows: hand %s, dl4j %s, %s the bound %s%nthe two solutions differ by %s "
                        + "(tensor %s): as far as the conditioning of XᵀX carries rounding, not held%n",
                Difference.format(proof.handBackwardError()), Difference.format(proof.dl4jBackwardError()),
                proof.holds() ? "within" : "ABOVE", Difference.format(proof.bound()),
                Difference.format(proof.solutions().value()), proof.solutions().tensor());
    }

    /** 0, or {@link TwinCheck#TWINS_DISAGREE} after one line naming the engine whose solution is off. */
    static int exitCode(CommandLine command, NormalProof proof) {
        if (proof.holds()) {
            return 0;
        }
        Difference worst = proof.worst();
        PrintWriter err = command.getErr();
        err.println(String.format(Locale.ROOT, "nnbasics %s: the %s solution does not solve the normal equations: its "
                        + "backward error is %s, above the tolerance %s", command.getCommandName(),
                worst.tensor().contains("hand") ? "hand-written" : "DL4J", Difference.format(worst.value()),
                Difference.format(proof.bound())));
        err.flush();
        return TwinCheck.TWINS_DISAGREE;
    }
}
