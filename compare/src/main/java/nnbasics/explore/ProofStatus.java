package nnbasics.explore;

import nnbasics.compare.Difference;
import nnbasics.charts.ChartStyle;

/** The playground's line about the twins: the step proof that decides and the trajectory reported beside it. */
final class ProofStatus {

    private ProofStatus() {
    }

    /**
     * The status of the proof: the step proof decides (each step of the hand-written engine from DL4J's state
     * against DL4J's, within its bound), the trajectory of the two engines running free is reported beside it.
     *
     * @param largestGap max |P_hand − P_DL4J| on the map, or NaN before the first step
     */
    static String html(PlaygroundModel model, double largestGap) {
        String recipe = model.recipe().describe();
        String state = UpdaterChoice.state(model.recipe());
        String from = state.isEmpty() ? "DL4J's state" : "DL4J's W, b and " + state;
        if (model.steps() == 0) {
            return "<html>Both engines take every step, " + recipe + ". <b>Step proof</b> (decides): each step of "
                    + "the hand-written engine from " + from + " against DL4J's" + (state.isEmpty() ? ""
                    : ", the state compared too") + ", bound " + ChartStyle.number(model.stepBound())
                    + ". <b>Trajectory</b> (reported): the two engines running free. Press a step button.</html>";
        }
        Difference step = model.stepWorst();
        Difference free = model.worst();
        boolean fails = model.stepProofFails();
        boolean parts = free.exceeds(model.stepBound());
        return "<html>Both engines take every step, " + recipe + ". <b>Step proof</b> (decides): every step from "
                + from + " within <b>" + step.describe() + "</b> of DL4J's" + (state.isEmpty() ? "" : " (state "
                + "included)") + ", " + (fails ? "<b>ABOVE</b>" : "within") + " the bound "
                + ChartStyle.number(model.stepBound()) + ". <b>Trajectory</b> (reported): running free they part by "
                + free.describe()
                + (Double.isNaN(largestGap) ? "" : "; on the map max |P<sub>hand</sub> − P<sub>DL4J</sub>| = "
                        + Difference.format(largestGap))
                + (fails ? "<br>Above the bound: the two engines compute different steps." : parts
                        ? "<br>The trajectories part though every step agrees: this training magnifies rounding (one "
                        + "ulp of the start carries a correct engine as far, docs/hidden-layers.md)." : "")
                + "</html>";
    }
}
