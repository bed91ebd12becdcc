package nnbasics.guide;

import nnbasics.compare.Difference;

/** A width's twin proof told in a sentence a learner follows, for sections 10.3 and 10.4. */
final class ProofWords {

    private ProofWords() {
    }

    /**
     * One width's proof in words a learner follows, e.g. "every step agrees within 1.8e-15; the two trajectories
     * part by 1.1e-1 at step 1114, as far as one ulp of the start carries the hand-written engine against itself
     * (9.2e-2)".
     */
    static String inWords(TwinProof p) {
        Difference step = p.step();
        Difference free = p.trajectory();
        String proof = p.agrees() ? "every step agrees within " + Text.brief(step.value())
                : "a step differs by " + Text.brief(step.value()) + " at step " + step.step() + ", ABOVE the bound "
                + Text.bound(p.stepBound()) + ": the engines compute different steps";
        String control = p.control() == null ? "" : Text.brief(p.control().value());
        if (!free.exceeds(p.stepBound())) {
            return proof + "; the two trajectories stay within " + Text.brief(free.value())
                    + (p.control() == null ? "" : ", as one ulp of the start does (" + control + ")")
                    + ": this training does not magnify rounding";
        }
        String parts = proof + "; the two trajectories part by " + Text.brief(free.value()) + " at step " + free.step();
        if (p.control() == null) {
            return parts;
        }
        if (p.trajectoryBound() == null) {
            return parts + ", as far as one ulp of the start carries the hand-written engine against itself ("
                    + control + ")";
        }
        return parts + ", within their bound " + Text.bound(p.trajectoryBound()) + " (one ulp of the start carries the "
                + "hand-written engine against itself " + control + ")";
    }
}
