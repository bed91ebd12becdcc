package nnbasics.compare.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.guide.HiddenLayerSections.HiddenRun;
import nnbasics.compare.guide.HiddenLayerSections.SoftmaxPoint;
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
     * The largest bound that counts as a twin bound ({@link Tolerances#NETWORKS}); each run's own bound comes from its
     * one-ulp control ({@link Tolerances#network}).
     */
    private static final double CEILING = Tolerances.NETWORKS;

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

    @Test
    void theHiddenLayerNetworkAgreesWithDl4jAtEveryStep() {
        HiddenRun run = sweep.get(HiddenLayerSections.SWEEP.indexOf(HiddenLayerSections.HIDDEN_UNITS));
        assertEquals("2 → 4 tanh → 2 softmax", run.architecture());
        assertEquals(HiddenLayerSections.STEPS, run.run().steps());
        assertEquals(Tolerances.network(run.control().value()), run.tolerance(), 0.0, "max(1e-10, 100 · control)");
        assertTrue(run.run().difference().value() <= run.tolerance(), run.run().difference().describe()
                + " against the bound " + run.tolerance() + " from the control " + run.control().describe());
        assertEquals(run.handRight(), run.dl4jRight(), "both engines' own evaluations");
        assertTrue(run.bounded(), "the section's run has a twin bound: " + run.control().describe());
        assertEquals(10, run.houses());
    }

    @Test
    void theSweepsEnginesClassifyTheSameHousesAndTheBoundedRunsAgree() {
        assertEquals(HiddenLayerSections.SWEEP, sweep.stream().map(HiddenRun::hidden).toList());
        assertEquals("2 → 2 softmax", sweep.get(0).architecture(), "0 hidden units: softmax regression");
        for (HiddenRun r : sweep) {
            assertEquals(r.handRight(), r.dl4jRight(), r.architecture() + ": houses right");
            assertEquals(Tolerances.CONTROL_FACTOR * r.control().value() <= CEILING, r.bounded(),
                    r.architecture() + ": held exactly when 100 · control is within the ceiling");
            if (r.bounded()) {
                assertTrue(r.run().difference().value() <= r.tolerance(),
                        r.architecture() + ": " + r.run().difference().describe() + " against " + r.tolerance());
            }
        }
        assertTrue(sweep.get(0).bounded(), "softmax regression's loss is convex: always a bound");
        // a convex loss contracts rounding: its control stays at rounding size, so its bound is the floor, the
        // issue's 1e-10 over 2,000 full-batch steps
        assertEquals(Tolerances.NETWORK_FLOOR, sweep.get(0).tolerance(), 0.0, sweep.get(0).control().describe());
    }

    @Test
    void theSectionsEntriesAreInTheSummary(@TempDir Path out) throws Exception {
        HiddenLayerPages pages = new HiddenLayerPages(new Pictures(out));
        HiddenRun network = sweep.get(HiddenLayerSections.SWEEP.indexOf(HiddenLayerSections.HIDDEN_UNITS));
        List<Section> sections = List.of(pages.activations(), pages.softmaxIsASigmoid(), pages.network(network),
                pages.sweep(sweep));
        JsonNode summary = new ObjectMapper().readTree(Report.summary(sections, Tolerances.GUIDE_MODELS));
        JsonNode s103 = summary.get("sections").get(2);
        assertEquals("10.3", s103.get("section").asText());
        assertEquals(network.tolerance(), s103.get("twinTolerance").asDouble(), 0.0, "the run's own bound");
        assertEquals(network.tolerance(), s103.get("figures").get("twinToleranceFromControl").asDouble(), 0.0);
        assertTrue(s103.get("maxRelativeDifference").asDouble() <= network.tolerance());
        assertEquals(network.handRight(), s103.get("figures").get("housesRightHand").asInt());
        assertEquals(network.dl4jRight(), s103.get("figures").get("housesRightDl4j").asInt());
        assertEquals(10, s103.get("figures").get("probabilityGoodHand").size());
        assertEquals(2, s103.get("figures").get("layersHand").get("W1").size(), "W1 is [2][4]");
        JsonNode s104 = summary.get("sections").get(3);
        assertEquals("10.4", s104.get("section").asText());
        assertEquals(HiddenLayerSections.SWEEP.size(), s104.get("figures").get("networks").size());
        assertTrue(s104.get("maxRelativeDifference").asDouble() <= s104.get("twinTolerance").asDouble());
        assertTrue(s104.get("twinTolerance").asDouble() <= CEILING);
        assertTrue(summary.get("sections").get(1).get("figures").get("largestGap").asDouble() <= CLOSED_FORM);
        assertTrue(summary.get("twinsAgree").asBoolean());
        for (Section s : sections) {
            for (Figure f : s.pictures()) {
                assertTrue(Files.size(out.resolve(f.file())) > 0, f.file());
            }
        }
        String html = Report.html(sections, Tolerances.GUIDE_MODELS);
        assertTrue(html.contains("10.3") && html.contains(", networks with a hidden layer, whose loss is not convex"),
                "the page says which tolerance holds where");
    }
}
