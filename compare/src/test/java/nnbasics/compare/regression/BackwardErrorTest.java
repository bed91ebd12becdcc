package nnbasics.compare.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import nnbasics.compare.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * {@link BackwardError} on closed forms and on real data: 0 for an exact solution, within the bound for NumPy's
 * least-squares solution, and far above it for a solution or data rounded to float anywhere. The reference numbers
 * are printed by {@code compare/src/test/resources/nnbasics/compare/regression/normal_reference.py} (NumPy, its own
 * implementation of β); {@code docs/closed-forms.md} derives the sizes.
 */
class BackwardErrorTest {

    /** The bound {@code fit --method normal} holds each solution to on 442 rows: max(1e−12, N·u) = 1e−12. */
    private static final double BOUND = Tolerances.step(442);

    /**
     * How far this β and NumPy's β of the same θ may differ: each is the exact β within the rounding of its residual
     * sums, γ_{N+p+1} ≤ 2·(N + p + 1)·u of t_j for N = 442, p = 11 (BackwardError's javadoc), once for each side.
     */
    private static final double SAME_BETA = 2 * 2 * (442 + 11 + 1) * Tolerances.UNIT_ROUNDOFF;

    /**
     * A rounding to float is held to be at least this far above the bound. The smallest measured is one weight alone
     * rounded (the age weight of the standardised diabetes data, −10 among weights up to 792: β = 3.5e−11, 35 times
     * the bound, normal_reference.py); a whole θ or the data rounded gives 4.6e−10 … 2.3e−8, hundreds of times it.
     */
    private static final double FLOAT_FACTOR = 10;

    /** normal_reference.py prints five significant digits: half a unit of the last is 5e−5 of the value. */
    private static final double PRINTED = 5e-5;

    private static void assertNumpy(double printed, double actual, String what) {
        assertEquals(printed, actual, PRINTED * printed + SAME_BETA, what);
    }

    /** NumPy's numpy.linalg.lstsq on data/diabetes.csv, [w age … w s6, b] (normal_reference.py). */
    static final double[] DIABETES_LSTSQ = {-10.009866299810238, -239.81564367242316, 519.8459200544601,
            324.384645502324, -792.1756385522274, 476.73902100525515, 101.04326793803315, 177.0632376713468,
            751.2736995571032, 67.62669218370453, 152.13348416290037};

    /** NumPy's numpy.linalg.lstsq on data/portland-houses.csv, [w size, w bedrooms, b] (normal_reference.py). */
    static final double[] PORTLAND_LSTSQ = {139.21067401762687, -8738.019112327833, 89597.90954279742};

    /** NumPy's numpy.linalg.lstsq on data/food-trucks.csv, [w population, b] (normal_reference.py). */
    static final double[] TRUCKS_LSTSQ = {1.1930336441895935, -3.895780878311855};

    private static double[] asFloat(double[] values) {
        return DataRows.asFloat(values);
    }

    @Test
    void anExactlySolvableSystemHasNoBackwardError() {
        // y = 2x + 1 on integers: Aθ − y = 0 in every row, exactly, and so is r
        double[][] x = {{1}, {2}, {3}, {4}};
        double[] y = {3, 5, 7, 9};
        assertEquals(0.0, BackwardError.of(x, y, new double[] {2}, 1), 0.0);
        // one ulp off in the slope: r = AᵀA·(ulp, 0), β = ‖a_1‖²·ulp(2) / (‖a_1‖ (‖a_1‖·2 + ‖1‖·1 + ‖y‖)) ≈ 1.6e−17
        double beta = BackwardError.of(x, y, new double[] {Math.nextUp(2.0)}, 1);
        assertTrue(beta > 0 && beta <= 4 * Tolerances.UNIT_ROUNDOFF, "a few u: " + beta);
    }

    @Test
    void numpysLeastSquaresSolutionsAreWithinTheBound() throws IOException {
        // normal_reference.py: β(lstsq) = 9.0494e−15 (diabetes), 3.5929e−15 (Portland), 1.1273e−16 (food trucks)
        assertNumpy(9.0494e-15, DataRows.of("diabetes.csv", "progression").beta(DIABETES_LSTSQ), "diabetes");
        assertNumpy(3.5929e-15, DataRows.of("portland-houses.csv", "price").beta(PORTLAND_LSTSQ), "Portland");
        assertNumpy(1.1273e-16, DataRows.of("food-trucks.csv", "profit").beta(TRUCKS_LSTSQ), "food trucks");
        assertTrue(DataRows.of("diabetes.csv", "progression").beta(DIABETES_LSTSQ) <= BOUND);
    }

    @Test
    void theSolutionRoundedToFloatIsFarAboveTheBound() throws IOException {
        // β ≈ u_f · |θ_j|‖a_j‖ / (Σ_k ‖a_k‖|θ_k| + ‖y‖) ≈ u_f / p: NumPy 3.1863e−09 (diabetes), 5.6593e−09 (Portland),
        // 2.3364e−08 (food trucks)
        DataRows diabetes = DataRows.of("diabetes.csv", "progression");
        double beta = diabetes.beta(asFloat(DIABETES_LSTSQ));
        assertNumpy(3.1863e-9, beta, "diabetes");
        assertTrue(beta > FLOAT_FACTOR * BOUND, "float θ: " + beta);
        assertNumpy(5.6593e-9, DataRows.of("portland-houses.csv", "price").beta(asFloat(PORTLAND_LSTSQ)), "Portland");
        assertNumpy(2.3364e-8, DataRows.of("food-trucks.csv", "profit").beta(asFloat(TRUCKS_LSTSQ)), "food trucks");
    }

    @Test
    void anyOneWeightOrTheBiasRoundedToFloatIsAboveTheBound() throws IOException {
        // a rounding anywhere: one entry of θ at a time; the smallest is the age weight of the standardised data
        // (NumPy 3.5e−11). Row by row, the Portland bedrooms (about 3, against areas about 2,000) are not diluted by
        // the area's row: NumPy 1.75e−09 for the bedrooms' weight alone.
        for (String[] data : new String[][] {{"diabetes.csv", "progression"}, {"portland-houses.csv", "price"},
                {"food-trucks.csv", "profit"}}) {
            DataRows rows = DataRows.of(data[0], data[1]);
            double[] exact = data[0].startsWith("diabetes") ? DIABETES_LSTSQ
                    : data[0].startsWith("portland") ? PORTLAND_LSTSQ : TRUCKS_LSTSQ;
            for (int j = 0; j < exact.length; j++) {
                double[] one = exact.clone();
                one[j] = (float) one[j];
                assertTrue(rows.beta(one) > FLOAT_FACTOR * BOUND, data[0] + " θ_" + j + ": " + rows.beta(one));
            }
        }
        double[] bedrooms = PORTLAND_LSTSQ.clone();
        bedrooms[1] = (float) bedrooms[1];
        assertNumpy(1.7511e-9, DataRows.of("portland-houses.csv", "price").beta(bedrooms), "Portland, bedrooms");
    }

    @Test
    void dataReadAsFloatIsCaughtOnTheFilesRowsNotOnItsOwn() throws IOException {
        // X rounded to float and solved: exact for its own rows (NumPy 5.8e−16), u_f/√N-sized against the file's
        // (NumPy 5.5922e−10 with lstsq; this solver's θ of the same rows differs from lstsq's by rounding only)
        DataRows diabetes = DataRows.of("diabetes.csv", "progression");
        DataRows asFloat = diabetes.xAsFloat();
        double[] theta = asFloat.solved();
        assertTrue(asFloat.beta(theta) <= BOUND, "on its own rows: " + asFloat.beta(theta));
        assertNumpy(5.5922e-10, diabetes.beta(theta), "against the file's doubles");
        assertTrue(diabetes.beta(theta) > FLOAT_FACTOR * BOUND);
        // food trucks (four and five significant digits): NumPy 4.0566e−09
        DataRows trucks = DataRows.of("food-trucks.csv", "profit");
        assertNumpy(4.0566e-9, trucks.beta(trucks.xAsFloat().solved()), "food trucks");
    }

    @Test
    void eachRowIsMeasuredInItsOwnColumnsUnits() throws IOException {
        // area in thousands of square feet: that column / 1000, its weight × 1000; every r_j / t_j is unchanged,
        // up to the rounding of the rescaling and of the residual's sums (within SAME_BETA)
        DataRows portland = DataRows.of("portland-houses.csv", "price");
        double[][] thousands = new double[portland.x().length][];
        for (int i = 0; i < thousands.length; i++) {
            thousands[i] = portland.x()[i].clone();
            thousands[i][0] /= 1000;
        }
        double[] bedrooms = PORTLAND_LSTSQ.clone();
        bedrooms[1] = (float) bedrooms[1];
        double[] rescaled = bedrooms.clone();
        rescaled[0] *= 1000;
        assertEquals(portland.beta(bedrooms), new DataRows(thousands, portland.y()).beta(rescaled), SAME_BETA);
    }

    @Test
    void nanIsNeverWithinABound() {
        double beta = BackwardError.of(new double[][] {{1}, {2}}, new double[] {1, 2}, new double[] {Double.NaN}, 0);
        assertTrue(Double.isNaN(beta));
    }

    @Test
    void theBoundIsTheDerivedWorstCaseAboveTheFloor() {
        // (2N + p + 1 + 3p³)·2⁻⁵³ (docs/closed-forms.md): diabetes, N = 442, p = 11: 4,889·u = 5.4e−13, under 1e−12
        assertEquals(1e-12, BackwardError.bound(442, 11), 0.0);
        // six million rows, p = 3: (12,000,000 + 4 + 81)·u
        assertEquals(12_000_085 * 0x1p-53, BackwardError.bound(6_000_000, 3), 0.0);
    }
}
