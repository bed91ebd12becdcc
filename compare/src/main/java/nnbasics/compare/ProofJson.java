package nnbasics.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A proof as every JSON output writes it — {@code --json} of the commands and the guide's {@code summary.json}
 * ({@code docs/twin-difference.md}):
 *
 * <pre>
 * maxRelativeDifference, worst {tensor, step}, tolerance, agree       the step proof's, which decides
 * stepProof  {maxRelativeDifference, worst, tolerance, agree}
 * trajectory {maxRelativeDifference, worst, tolerance or null, within or null, [held], [oneUlpControl]}
 * </pre>
 *
 * Maps keep their keys in this order in every JVM (Map.of's order changes from one JVM to the next).
 */
public final class ProofJson {

    private ProofJson() {
    }

    /**
     * @param agree           the verdict (the step proof within its bound, and the trajectory too when held)
     * @param trajectoryBound the trajectory's bound, or null where it has none
     * @param control         the one-ulp control, or null
     * @param held            whether the trajectory decides too, or null to leave the key out
     */
    public static void put(Map<String, Object> object, Difference step, double stepBound, boolean agree,
                           Difference trajectory, Double trajectoryBound, Difference control, Boolean held) {
        object.put("maxRelativeDifference", step.value());
        object.put("worst", where(step));
        object.put("tolerance", stepBound);
        object.put("agree", agree);
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("maxRelativeDifference", step.value());
        proof.put("worst", where(step));
        proof.put("tolerance", stepBound);
        proof.put("agree", !step.exceeds(stepBound));
        object.put("stepProof", proof);
        Map<String, Object> free = new LinkedHashMap<>();
        free.put("maxRelativeDifference", trajectory.value());
        free.put("worst", where(trajectory));
        free.put("tolerance", trajectoryBound);
        free.put("within", trajectoryBound == null ? null : !trajectory.exceeds(trajectoryBound));
        if (held != null) {
            free.put("held", held);
        }
        if (control != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("maxRelativeDifference", control.value());
            c.put("worst", where(control));
            free.put("oneUlpControl", c);
        }
        object.put("trajectory", free);
    }

    /** {"tensor", "step"}. */
    public static Map<String, Object> where(Difference d) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("tensor", d.tensor());
        where.put("step", d.step());
        return where;
    }
}
