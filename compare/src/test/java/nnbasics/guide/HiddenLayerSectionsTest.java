package nnbasics.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.TestData;
import nnbasics.guide.HiddenLayerSections.HiddenRun;
import nnbasics.guide.HiddenLayerSections.SoftmaxPoint;
import nnbasics.handwritten.network.Activation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's section 10 driven directly (not through the whole guide): the closed forms it shows, the hidden-layer
 * run on the houses against the other engine, the sweep, and its entries in summary.json.
 */
class HiddenLayerSectionsTest {

    /**
     * softmax([z₁, z₂])₁ against the closed form 1 / (1 + e^{−(z₁ − z₂)}) for |z| ≤ 4: both are in (0, 1) and each
     * takes a few roundings (exp, a sum, a division), so they agree to a few ulps of 1.
     */
    private static final double CLOSED_FORM = 4 * Math.ulp(1.0);
    /** The central-difference step: truncation error h²·|f'''|/6 ≤ 2e−11 (|f'''| ≤ 2 for tanh), rounding ε/h ≈ 2e−11. */
    private static final double H = 1e-5;
    /** Well above both errors above, far below any wrong derivative (a slip such as s instead of s(1 − s) is order 0.1). */
    private static final double FINITE_DIFFERENCE = 1e-8;
    /**
     * The step proof's bound for every width, from the derivation in {@code docs/twin-difference.md}: both engines
     * take one update from the same state, so they differ by the rounding of its chain of sums, 2n·2⁻⁵³ of the terms for
     * n terms in all, with the documented floor 1e−12: max(1e−12, 2n·2⁻⁵³). Here n is at most {@link #SUM_TERMS}, so
     * the bound is the floor.
     */
    private static final double STEP_PROOF_BOUND = 1e-12;
    /** The terms of the longest chain of sums of any update here: 10 houses, 2 inputs + 1, 8 units + 1. */
    private static final int SUM_TERMS = 22;
    /**
     * The trajectory's bound of a network run, as {@code docs/hidden-layers.md} ("The bound") writes it, coded here
     * from the docs and not from the program: min(CEILING, max(FLOOR, FACTOR × control)); none where FACTOR × control
     * passes the ceiling.
     */
    private static final double FLOOR = 1e-10;
    private static final double FACTOR = 100;
    private static final double CEILING = 1e-5;

    private static GuideData data;
    private static List<HiddenRun> sweep;

    @BeforeAll
    static void run() {
        data = GuideData.load(TestData.dir());
        sweep = new ArrayList<>();
        for (int hidden : HiddenLayerSections.SWEEP) {
            sweep.add(HiddenLayerSections.network(data, hidden, HiddenLayerSections.STEPS));
        }
    }

    @Test
    void aTwoClassSoftmaxIsTheSigmoidOfTheDifferenceOfTheLogits() {
        List<SoftmaxPoint> grid = HiddenLayerSections.softmaxAgainstSigmoid();
        assertEquals(17 * 17, grid.size(), "z₁, z₂ ∈ {−4, −3.5, …, 4}");
        for (SoftmaxPoint p : grid) {
            double closedForm = 1 / (1 + Math.exp(-(p.z1() - p.z2())));
            String at = "(" + p.z1() + ", " + p.z2() + ")";
            assertEquals(closedForm, p.softmax(), CLOSED_FORM, "softmax₁ " + at);
            assertEquals(closedForm, p.sigmoid(), CLOSED_FORM, "σ(z₁ − z₂) " + at);
        }
        // and e^z₁ / (e^z₁ + e^z₂) written out, at the guide's [2, 4] → 0.1192 (four decimals, section 7)
        SoftmaxPoint guide = grid.stream().filter(p -> p.z1() == 2 && p.z2() == 4).findFirst().orElseThrow();
        assertEquals(Math.exp(2) / (Math.exp(2) + Math.exp(4)), guide.softmax(), CLOSED_FORM);
        assertEquals(0.1192, guide.softmax(), 5e-5, "the guide's table, four decimals");
    }

    @Test
    void theDrawnDerivativesAreTheCentralDifferencesOfTheDrawnCurves() {
        double[] z = HiddenLayerSections.range(-HiddenLayerSections.Z, HiddenLayerSections.Z, 480);
        for (Activation f : HiddenLayerSections.ACTIVATIONS) {
            double[] slope = HiddenLayerSections.derivatives(f, z);
            double[] value = HiddenLayerSections.values(f, z);
            for (int i = 0; i < z.length; i++) {
                assertEquals(f.value(z[i]), value[i], 0.0);
                if (f == Activation.RELU && Math.abs(z[i]) < H) {
                    assertEquals(0.0, slope[i], 0.0, "ReLU′(0) = 0, DL4J's convention");
                    continue;
                }
                double central = (f.value(z[i] + H) - f.value(z[i] - H)) / (2 * H);
                assertEquals(central, slope[i], FINITE_DIFFERENCE, f.label() + "′(" + z[i] + ")");
            }
        }
        assertEquals(0.25, Activation.SIGMOID.derivative(0), 0.0, "σ′(0) = ¼, the sigmoid's steepest");
    }

    /** The docs' trajectory bound from a run's control, or null where it has none. */
    private static Double documentedTrajectoryBound(double control) {
        return FACTOR * control > CEILING ? null : Math.min(CEILING, Math.max(FLOOR, FACTOR * control));
    }

    @Test
    void theHiddenLayerNetworkAgreesWithDl4jAtEveryStep() {
        HiddenRun run = sweep.get(HiddenLayerSections.SWEEP.indexOf(HiddenLayerSections.HIDDEN_UNITS));
        assertEquals("2 → 4 tanh → 2 softmax", run.architecture());
        assertEquals(HiddenLayerSections.STEPS, run.run().steps());
        assertTrue(2 * SUM_TERMS * 0x1p-53 < STEP_PROOF_BOUND, "sums this short: the documented floor");
        assertEquals(STEP_PROOF_BOUND, run.stepBound(), 0.0, "docs/twin-difference.md: max(1e-12, n·2^-53)");
        TwinProof proof = run.proof();
        assertTrue(proof.step().value() <= STEP_PROOF_BOUND, "every step from DL4J's state: " + proof.step().describe());
        assertTrue(proof.step().step() >= 1 && proof.step().step() <= HiddenLayerSections.STEPS, "an update's number");
        // docs/hidden-layers.md: this trajectory magnifies rounding (the twins 6.3e-7, the control 5.6e-8 near step
        // 1,673), so it parts far beyond the step proof's bound and stays within 100 × its control
        assertTrue(proof.trajectory().exceeds(STEP_PROOF_BOUND), "the trajectory parts: " + proof.trajectory().describe());
        assertEquals(documentedTrajectoryBound(run.control().value()), proof.trajectoryBound(),
                "docs: min(1e-5, max(1e-10, 100 · control)), the control " + run.control().describe());
        assertTrue(proof.trajectory().value() <= proof.trajectoryBound(), proof.trajectory().describe());
        assertEquals(run.control(), proof.control());
        assertEquals(run.handRight(), run.dl4jRight(), "both engines' own evaluations");
        assertEquals(10, run.houses());
    }

    /** Every width is held to the step proof, none skipped; its trajectory and control are reported beside it. */
    @Test
    void everyWidthOfTheSweepIsHeldToTheStepProof() {
        assertEquals(HiddenLayerSections.SWEEP, sweep.stream().map(HiddenRun::hidden).toList());
        assertEquals("2 → 2 softmax", sweep.get(0).architecture(), "0 hidden units: softmax regression");
        for (HiddenRun r : sweep) {
            TwinProof p = r.proof();
            assertEquals(STEP_PROOF_BOUND, p.stepBound(), 0.0, r.architecture());
            assertTrue(p.agrees() && p.step().value() <= STEP_PROOF_BOUND,
                    r.architecture() + ": step proof " + p.step().describe());
            assertEquals(r.handRight(), r.dl4jRight(), r.architecture() + ": houses right");
            assertEquals(documentedTrajectoryBound(r.control().value()), p.trajectoryBound(),
                    r.architecture() + ": the trajectory's bound from the control " + r.control().describe());
            if (p.trajectoryBound() != null) {
                assertTrue(p.trajectory().value() <= p.trajectoryBound(),
                        r.architecture() + ": " + p.trajectory().describe() + " against " + p.trajectoryBound());
            }
        }
        // a convex loss contracts rounding: its control stays at rounding size, so its trajectory's bound is the
        // floor, the 1e-10 over 2,000 full-batch steps (docs/hidden-layers.md)
        assertEquals(FLOOR, sweep.get(0).proof().trajectoryBound(), 0.0, sweep.get(0).control().describe());
    }

    @Test
    void theSectionsEntriesAreInTheSummary(@TempDir Path out) throws Exception {
        Pictures pictures = new Pictures(out);
        HiddenRun network = sweep.get(HiddenLayerSections.SWEEP.indexOf(HiddenLayerSections.HIDDEN_UNITS));
        List<Section> sections = List.of(new ActivationsPage(pictures).section(),
                new SoftmaxSigmoidPage(pictures).section(), new HiddenNetworkPage(pictures).section(network),
                new HiddenSweepPage(pictures).section(sweep));
        JsonNode summary = new ObjectMapper().readTree(Report.summary(sections));
        JsonNode s103 = summary.get("sections").get(2);
        assertEquals("10.3", s103.get("section").asText());
        assertEquals(STEP_PROOF_BOUND, s103.get("tolerance").asDouble(), 0.0, "the step proof's bound decides");
        assertEquals(STEP_PROOF_BOUND, s103.get("stepProof").get("tolerance").asDouble(), 0.0);
        assertEquals(network.proof().step().value(), s103.get("maxRelativeDifference").asDouble(), 0.0);
        assertEquals(network.proof().step().value(), s103.get("stepProof").get("maxRelativeDifference").asDouble(), 0.0);
        assertTrue(s103.get("agree").asBoolean());
        JsonNode trajectory = s103.get("trajectory");
        assertEquals(network.run().difference().value(), trajectory.get("maxRelativeDifference").asDouble(), 0.0);
        assertEquals(network.run().difference().step(), trajectory.get("worst").get("step").asInt());
        assertEquals(documentedTrajectoryBound(network.control().value()), trajectory.get("tolerance").asDouble(), 0.0);
        assertEquals(network.control().value(), trajectory.get("oneUlpControl").get("maxRelativeDifference").asDouble(),
                0.0);
        assertEquals(network.handRight(), s103.get("figures").get("housesRightHand").asInt());
        assertEquals(network.dl4jRight(), s103.get("figures").get("housesRightDl4j").asInt());
        assertEquals(10, s103.get("figures").get("probabilityGoodHand").size());
        assertEquals(2, s103.get("figures").get("layersHand").get("W1").size(), "W1 is [2][4]");
        JsonNode s104 = summary.get("sections").get(3);
        assertEquals("10.4", s104.get("section").asText());
        JsonNode rows = s104.get("figures").get("networks");
        assertEquals(HiddenLayerSections.SWEEP.size(), rows.size(), "a row for every width");
        String console = sections.get(3).console();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            HiddenRun r = sweep.get(i);
            assertEquals(r.hidden(), row.get("hidden").asInt());
            assertEquals(STEP_PROOF_BOUND, row.get("stepProof").get("tolerance").asDouble(), 0.0, "held: " + r.hidden());
            assertTrue(row.get("stepProof").get("agree").asBoolean(), "held: " + r.hidden());
            assertEquals(r.proof().step().value(), row.get("stepProof").get("maxRelativeDifference").asDouble(), 0.0);
            assertEquals(r.proof().trajectory().value(), row.get("trajectory").get("maxRelativeDifference").asDouble(),
                    0.0);
            Double bound = documentedTrajectoryBound(r.control().value());
            assertEquals(bound == null, row.get("trajectory").get("tolerance").isNull(), "bound or none: " + r.hidden());
            // the same numbers on the console as in summary.json
            assertTrue(console.contains(nnbasics.compare.Difference.format(r.proof().step().value()) + " ("
                    + r.proof().step().tensor() + ", step " + r.proof().step().step() + ")"), r.hidden() + ": " + console);
            assertTrue(console.contains(nnbasics.compare.Difference.format(r.proof().trajectory().value())),
                    r.hidden() + ": " + console);
            assertTrue(console.contains(nnbasics.compare.Difference.format(r.control().value())), console);
        }
        assertFalse(console.contains("not held"), "no width is left without the step proof: " + console);
        assertEquals(STEP_PROOF_BOUND, s104.get("tolerance").asDouble(), 0.0);
        assertTrue(s104.get("maxRelativeDifference").asDouble() <= STEP_PROOF_BOUND);
        assertTrue(summary.get("sections").get(1).get("figures").get("largestGap").asDouble() <= CLOSED_FORM);
        assertTrue(summary.get("twinsAgree").asBoolean());
        for (Section s : sections) {
            for (Figure f : s.pictures()) {
                assertTrue(Files.size(out.resolve(f.file())) > 0, f.file());
            }
        }
        String html = Report.html(sections);
        assertTrue(html.contains("<em>step proof</em>") && html.contains("1e−12 for every section here"),
                "the page says what decides and its bound: " + html.substring(0, Math.min(html.length(), 3000)));
    }
}
