package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.regression.DataRows;
import org.junit.jupiter.api.Test;

/**
 * {@code fit --method normal} with both engines on real decimal data whose XᵀX is ill-conditioned: each solution is
 * held to its backward error, not to the distance between the two solutions, which the conditioning may carry
 * above 1e−12 (the issue: the raw diabetes data exited 3 with "tensor b at step 0 differs by 2.10e-12"). Reference
 * numbers: {@code compare/src/test/resources/nnbasics/compare/regression/normal_reference.py} (NumPy's lstsq, an
 * SVD that never forms XᵀX, and the condition numbers); the derivation: {@code docs/closed-forms.md}.
 */
class NormalEquationsProofTest {

    /** NumPy's numpy.linalg.lstsq on data/diabetes.csv, [w age … w s6, b] (normal_reference.py). */
    private static final double[] DIABETES_LSTSQ = {-10.009866299810238, -239.81564367242316, 519.8459200544601,
            324.384645502324, -792.1756385522274, 476.73902100525515, 101.04326793803315, 177.0632376713468,
            751.2736995571032, 67.62669218370453, 152.13348416290037};

    /** NumPy's numpy.linalg.lstsq on data/diabetes-raw.csv (normal_reference.py). */
    private static final double[] DIABETES_RAW_LSTSQ = {-0.036361224223638085, -22.859648090498364,
            5.602962091923697, 1.1168079933181732, -1.0899963340632315, 0.7464504555142195, 0.3720047150891457,
            6.533831935990355, 68.48312496478806, 0.2801169893215123, -334.5671385187865};

    /** NumPy's numpy.linalg.lstsq on data/portland-houses.csv (normal_reference.py). */
    private static final double[] PORTLAND_LSTSQ = {139.21067401762687, -8738.019112327833, 89597.90954279742};

    /** NumPy's numpy.linalg.lstsq on data/food-trucks.csv (normal_reference.py). */
    private static final double[] TRUCKS_LSTSQ = {1.1930336441895935, -3.895780878311855};

    /**
     * How far a solution may be from NumPy's, in {@link DataRows#scaledDistance}: both solve the normal equations
     * with a backward error of at most the bound (the engines' is held to it; lstsq's is 1e−16 … 9e−15,
     * normal_reference.py), and two such solutions are within κ(M')·√p·(β + β') ≤ 2·κ(M')·√p·bound of each other
     * (docs/closed-forms.md), κ(M') the condition number of the normal equations with unit-length columns
     * (normal_reference.py).
     */
    private static double forwardTolerance(double kappaUnitColumns, int parameters, long rows) {
        return 2 * kappaUnitColumns * Math.sqrt(parameters) * Tolerances.step(rows);
    }

    private record Case(String file, String target, double[] lstsq, double kappaUnitColumns, int rows) {
    }

    private static final Case DIABETES = new Case("diabetes.csv", "progression", DIABETES_LSTSQ, 4.7008e2, 442);
    private static final Case DIABETES_RAW = new Case("diabetes-raw.csv", "progression", DIABETES_RAW_LSTSQ,
            4.0119e4, 442);
    private static final Case PORTLAND = new Case("portland-houses.csv", "price", PORTLAND_LSTSQ, 1.2420e2, 47);
    private static final Case TRUCKS = new Case("food-trucks.csv", "profit", TRUCKS_LSTSQ, 1.9919e1, 97);

    private static double[] theta(JsonNode fit) {
        JsonNode weights = fit.get("weights");
        double[] theta = new double[weights.size() + 1];
        for (int j = 0; j < weights.size(); j++) {
            theta[j] = weights.get(j).asDouble();
        }
        theta[weights.size()] = fit.get("bias").asDouble();
        return theta;
    }

    /** Exit 0; both backward errors within the bound; both solutions as close to NumPy's as the conditioning says. */
    private static JsonNode assertProven(Case data) throws IOException {
        CliRun run = CliRun.of("fit", "--data", TestData.file(data.file()).toString(), "--target", data.target(),
                "--method", "normal", "--json");
        assertEquals(0, run.code(), data.file() + ": " + run.err() + run.out());
        JsonNode json = run.json();
        assertEquals("both", json.get("engine").asText());
        double bound = Tolerances.step(data.rows());
        JsonNode backward = json.get("backwardError");
        assertEquals(bound, backward.get("tolerance").asDouble(), 0.0, "the documented bound");
        assertTrue(backward.get("agree").asBoolean(), json.toString());
        assertTrue(backward.get("hand").asDouble() <= bound, json.toString());
        assertTrue(backward.get("dl4j").asDouble() <= bound, json.toString());
        DataRows rows = DataRows.of(data.file(), data.target());
        double tolerance = forwardTolerance(data.kappaUnitColumns(), data.lstsq().length, data.rows());
        double[] hand = theta(json);
        double[] dl4j = theta(json.get("dl4j"));
        assertTrue(rows.scaledDistance(hand, data.lstsq()) <= tolerance,
                data.file() + " hand vs NumPy: " + rows.scaledDistance(hand, data.lstsq()) + " > " + tolerance);
        assertTrue(rows.scaledDistance(dl4j, data.lstsq()) <= tolerance,
                data.file() + " dl4j vs NumPy: " + rows.scaledDistance(dl4j, data.lstsq()) + " > " + tolerance);
        assertTrue(rows.scaledDistance(hand, dl4j) <= tolerance, data.file() + " hand vs dl4j");
        // the solutions' twin difference is reported, not held: no bound on it here but the one above
        assertTrue(json.get("solutions").get("maxRelativeDifference").isNumber(), json.toString());
        return json;
    }

    @Test
    void theRawDiabetesDataOfTheIssuePassesWithBothEngines() throws IOException {
        // κ(XᵀX) = 5.2365e7 with the bias column (normal_reference.py): the solutions may differ by κ(M')·√p times
        // their backward errors, 2.7e−7 at the bound. Measured 2.10e−12 (tensor b): the old check held that to
        // 1e−12 and exited 3; it is not required to be below 1e−12 here.
        assertProven(DIABETES_RAW);
    }

    @Test
    void theStandardisedDiabetesDataPassesWithBothEngines() throws IOException {
        assertProven(DIABETES);                                  // κ(XᵀX) = 5.1631e4 (normal_reference.py)
    }

    @Test
    void thePortlandHousesInRawUnitsAndTheFoodTrucksStillPass() throws IOException {
        assertProven(PORTLAND);                                  // κ(XᵀX) = 9.4322e7: area ~2,000, bedrooms ~3
        assertProven(TRUCKS);                                    // κ(XᵀX) = 4.5614e2
    }

    @Test
    void aToleranceBelowTheBackwardErrorExitsThreeWithOneLine() {
        CliRun run = CliRun.of("fit", "--data", TestData.file("diabetes-raw.csv").toString(), "--target",
                "progression", "--method", "normal", "--tolerance", "1e-30");
        assertEquals(TwinCheck.TWINS_DISAGREE, run.code(), run.err());
        assertTrue(run.out().contains("ABOVE the bound 1.00e-30"), "the printed verdict is the exit code's: "
                + run.out());
        String[] lines = run.err().strip().split("\n");
        assertTrue(lines[lines.length - 1].matches("nnbasics fit: the (hand-written|DL4J) solution does not solve "
                + "the normal equations: its backward error is [0-9.e+-]+, above the tolerance 1\\.00e-30"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
