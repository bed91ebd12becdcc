package nnbasics.compare.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.Engine;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepRecord;
import nnbasics.compare.Tensor;
import nnbasics.compare.Tolerances;
import nnbasics.compare.TwinDifference;
import org.junit.jupiter.api.Test;

/**
 * One contract for every pair of engines, written once and run for each pair by a subclass (the shape of Commons
 * Math's {@code MultipleLinearRegressionAbstractTest} with its abstract {@code createRegression()}):
 *
 * <pre>
 * same start         both engines' parameters() at step 0: the same bits, names, sizes, scale groups, order;
 *                    outputs() the same names and sizes
 * same read-outs     loss() and outputs() at the start within Tolerances.step(n);
 *                    parameters() and outputs() are fresh copies (writing into them changes nothing)
 * startingFrom       the hand engine started from DL4J's state reports exactly that state; neither the tensors given
 *                    nor the engine it was asked of change, then or when the new engine steps
 * gradient check     the first update / −η = central differences of the engine's own loss():
 *                    the hand engine at the start and at a perturbed state (through startingFrom(θ ± h·e_i)),
 *                    DL4J at the start (its loss through a fresh DL4J engine at θ ± h·e_i, built by dl4jAt;
 *                    where the pair cannot build one, the hand engine's loss, and the test says so)
 *                    and an update scaled by 1 + 1e−4 fails it
 * lock-step          LockStep.run: the step proof within Tolerances.step(n) at every update, the trajectory reported;
 *                    a planted error (the hand update scaled by 1 + 1e−6) fails the step proof at update 1, in a
 *                    parameter tensor, by the closed form ε·max|Δθ_dl4j| / max|θ_dl4j(1)| of its scale group
 * </pre>
 *
 * Every expected number comes from the other engine, from finite differences or from a closed form, never from the
 * engine's own output. What each clause measured is printed (one line per clause, prefixed by the pair's name).
 */
public abstract class EnginePairContract {

    /** The two engines of one pair, at their start, as the pair's factory built them. */
    protected record Pair(Engine hand, Engine dl4j) {
    }

    // ---------------------------------------------------------------- what a pair provides

    /** A new pair of engines (the hand-written one first), on real data, from the pair's shared start. */
    protected abstract Pair pair();

    /** The most terms any one entry of one update sums (rows of the batch, or a layer's inputs + 1). */
    protected abstract long sumTerms();

    /** η of entry {@code index} of the parameter tensor {@code tensor}: the update is −η·∂L/∂θ for the engine's L. */
    protected abstract double rate(String tensor, int index);

    /**
     * A fresh DL4J engine of the same model and data at {@code parameters}, for finite differences of DL4J's own
     * loss; null (the default) where the pair cannot build one (then the hand engine's loss stands in).
     */
    protected Engine dl4jAt(List<Tensor> parameters) {
        return null;
    }

    /** How many lock-step updates to run: few, the step proof decides at every one of them. */
    protected int lockSteps() {
        return LOCK_STEPS;
    }

    /**
     * A state near {@code parameters} that is not the start (the gradient check's second point, startingFrom's
     * state): every entry moved by a seeded uniform amount in ±{@link #PERTURBATION}. A pair overrides it when some
     * entries must stay put (the no-bias model's b).
     */
    protected List<Tensor> perturb(List<Tensor> parameters) {
        Random random = new Random(PERTURBATION_SEED);
        List<Tensor> moved = new ArrayList<>(parameters.size());
        for (Tensor t : parameters) {
            double[] v = t.values().clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += PERTURBATION * (2 * random.nextDouble() - 1);
            }
            moved.add(new Tensor(t.name(), t.scale(), v));
        }
        return moved;
    }

    /** The pair's name in messages and in the measured lines. */
    protected String pairName() {
        return getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- tolerances and settings

    /** Few updates keep the suite fast; the step proof is sharp at every one, the first already catches an error. */
    static final int LOCK_STEPS = 3;

    /**
     * h of the central differences, 2⁻¹⁷ ≈ 7.6e−6: a power of two, so θ ± h is exact at θ = 0 and the divisor
     * (θ + h) − (θ − h) is computed exactly; near the optimum of truncation h²·|L'''|/6 against rounding u·|L|/h,
     * which balance at h ≈ ∛(3u) ≈ 7e−6 for L''' and L of the size of the gradient.
     */
    static final double H = 0x1p-17;

    /**
     * How many times larger than the gradient's scale s the loss's |L'''|/6 and n·|L| may be: 1e4. The central
     * difference of coordinate i errs by h²·|∂³L/∂θ_i³|/6 (truncation) plus about n·u·|L|/h (the rounding of two
     * losses of n-term sums, divided by 2h), so relative to the largest gradient entry s of its scale group it errs
     * by (h²·|L'''|/6 + n·u·|L|/h) / s. The largest ratio here is the houses' regression: a quadratic loss (no
     * truncation) of L ≈ 1.2e5 (prices in $1000) against s ≈ 2e2, which measures 1e−9 … 1e−8.
     */
    static final double FD_HEADROOM = 1e4;

    /**
     * The gradient check's bound, derived from h: FD_HEADROOM·(h² + u/h) = 7.3e−7, the largest
     * |finite difference − update / −η| of a tensor divided by the largest |update / −η| of its scale group. A wrong
     * derivative (a missing term, a wrong factor, a transposed index) is off by order 1 of the gradient; an update
     * right to 1e−6 is the step proof's to catch, not this check's.
     */
    static final double FD_TOLERANCE = FD_HEADROOM * (H * H + Tolerances.UNIT_ROUNDOFF / H);

    /** Tensors up to this size are checked entry by entry; larger ones (MNIST) on a sample. */
    static final int CHECK_ALL_UP_TO = 32;

    /** The sample of a large tensor: its entries of largest |update| and as many seeded random ones. */
    static final int SAMPLE_LARGEST = 8;
    static final int SAMPLE_RANDOM = 8;

    /** The perturbed state's distance from the start, per entry: of the size of a few learning steps. */
    static final double PERTURBATION = 0.1;
    static final long PERTURBATION_SEED = 20;

    /**
     * The wrong update the gradient check must fail: 1e−4 of the gradient, 140 times its bound, far below the order-1
     * errors of a wrong derivation, so that a check that passes it would be blind to those.
     */
    static final double WRONG_UPDATE = 1e-4;

    /** The planted error: the hand engine's update scaled by 1 + ε. */
    static final double PLANTED_ERROR = 1e-6;

    /**
     * How closely the planted error's step proof at update 1 must match its closed form ε·max|Δθ|/s, relative: the
     * rest of the difference is the two engines' rounding, below n·u·s ≤ 1e−12·s, and the scale s differs between
     * the planted and DL4J's update by ε; for a closed form of at least 1e−9 that is 1e−3 of it.
     */
    static final double PLANTED_MATCH = 1e-3;

    // ---------------------------------------------------------------- same start

    @Test
    void sameStart() {
        Pair pair = pair();
        List<Tensor> hand = pair.hand().parameters();
        List<Tensor> dl4j = pair.dl4j().parameters();
        assertSameLayout("parameters", hand, dl4j);
        for (int t = 0; t < hand.size(); t++) {
            assertSameBits(pair.hand().name() + " and " + pair.dl4j().name() + " start " + hand.get(t).name(),
                    dl4j.get(t).values(), hand.get(t).values());
        }
        assertSameLayout("outputs", pair.hand().outputs(), pair.dl4j().outputs());
        List<Tensor> outputs = pair.hand().outputs();
        report("same start: %d parameter tensors %s, %d values, the same bits; outputs %s", hand.size(),
                layout(hand), Tensor.flat(hand).length, outputs.isEmpty() ? "none" : layout(outputs));
    }

    // ---------------------------------------------------------------- same read-outs

    @Test
    void sameReadOuts() {
        Pair pair = pair();
        double bound = Tolerances.step(sumTerms());
        Difference loss = TwinDifference.once(List.of(Tensor.scalar(Tensor.LOSS, pair.hand().loss())),
                List.of(Tensor.scalar(Tensor.LOSS, pair.dl4j().loss())));
        assertTrue(!loss.exceeds(bound), pairName() + ": the losses at the start differ by " + loss.describe()
                + " (hand " + pair.hand().loss() + ", dl4j " + pair.dl4j().loss() + "), bound " + bound);
        Difference outputs = pair.hand().outputs().isEmpty() ? Difference.NONE
                : TwinDifference.once(pair.hand().outputs(), pair.dl4j().outputs());
        assertTrue(!outputs.exceeds(bound), pairName() + ": the outputs at the start differ by "
                + outputs.describe() + ", bound " + bound);
        for (Engine engine : List.of(pair.hand(), pair.dl4j())) {
            assertFreshCopies(engine);
        }
        report("same read-outs: loss %s, outputs %s (bound %s, n = %d); parameters() and outputs() fresh copies",
                Difference.format(loss.value()), outputs.describe(), Difference.format(bound), sumTerms());
    }

    /** Writing NaN into every tensor it handed out changes neither what the engine reports next nor its loss. */
    private void assertFreshCopies(Engine engine) {
        double loss = engine.loss();
        List<Tensor> parameters = engine.parameters();
        List<Tensor> outputs = engine.outputs();
        double[] before = Tensor.flat(parameters);
        double[] outputsBefore = Tensor.flat(outputs);
        for (Tensor t : parameters) {
            Arrays.fill(t.values(), Double.NaN);
        }
        for (Tensor t : outputs) {
            Arrays.fill(t.values(), Double.NaN);
        }
        assertSameBits(engine.name() + "'s parameters after writing into a copy", before,
                Tensor.flat(engine.parameters()));
        assertSameBits(engine.name() + "'s outputs after writing into a copy", outputsBefore,
                Tensor.flat(engine.outputs()));
        assertSameBits(engine.name() + "'s loss after writing into a copy", new double[] {loss},
                new double[] {engine.loss()});
    }

    // ---------------------------------------------------------------- startingFrom

    @Test
    void startingFromTakesTheOtherEnginesStateAndChangesNothingElse() {
        Pair pair = pair();
        pair.dl4j().step(0);                                 // DL4J's state after one update: not the hand's start
        List<Tensor> given = pair.dl4j().parameters();
        double[] givenBits = Tensor.flat(given);
        double[] handBefore = Tensor.flat(pair.hand().parameters());
        double handLoss = pair.hand().loss();

        Engine started = pair.hand().startingFrom(given);

        assertSameLayout("startingFrom's parameters", given, started.parameters());
        assertSameBits("the started engine reports DL4J's state", givenBits, Tensor.flat(started.parameters()));
        assertSameBits("the tensors given are not changed", givenBits, Tensor.flat(given));
        assertSameBits("the engine asked is not changed", handBefore, Tensor.flat(pair.hand().parameters()));
        for (Tensor t : given) {
            Arrays.fill(t.values(), Double.NaN);
        }
        assertSameBits("the started engine holds a copy of the state", givenBits,
                Tensor.flat(started.parameters()));
        started.step(1);
        assertSameBits("stepping the started engine leaves the engine asked alone", handBefore,
                Tensor.flat(pair.hand().parameters()));
        assertSameBits("... and its loss", new double[] {handLoss}, new double[] {pair.hand().loss()});
        report("startingFrom: %d values taken bit for bit, source and tensors untouched", givenBits.length);
    }

    // ---------------------------------------------------------------- gradient check

    @Test
    void handUpdateIsTheGradientOfItsOwnLoss() {
        Pair pair = pair();
        Engine hand = pair.hand();
        Difference atStart = gradientCheck(hand, hand.parameters(), hand::startingFrom);
        List<Tensor> perturbed = perturb(hand.parameters());
        Difference away = gradientCheck(hand.startingFrom(perturbed), perturbed, hand::startingFrom);
        report("gradient check, hand: at the start %s, at a perturbed state %s (bound %s, h = 2^-17)",
                atStart.describe(), away.describe(), Difference.format(FD_TOLERANCE));
    }

    @Test
    void dl4jUpdateIsTheGradientOfItsOwnLoss() {
        Pair pair = pair();
        List<Tensor> start = pair.dl4j().parameters();
        boolean own = dl4jAt(start) != null;
        Difference atStart = gradientCheck(pair.dl4j(), start, own ? this::dl4jAt : pair.hand()::startingFrom);
        String away = "not checked (DL4J's engine cannot start elsewhere)";
        if (own) {
            List<Tensor> perturbed = perturb(start);
            away = gradientCheck(dl4jAt(perturbed), perturbed, this::dl4jAt).describe();
        }
        report("gradient check, dl4j, finite differences of %s: at the start %s, at a perturbed state %s (bound %s)",
                own ? "DL4J's own loss (a fresh DL4J engine at θ ± h·e_i)"
                        : "the HAND engine's loss (the pair cannot build a DL4J engine at θ ± h·e_i)",
                atStart.describe(), away, Difference.format(FD_TOLERANCE));
    }

    /**
     * The check can fail: an update off by {@link #WRONG_UPDATE} of itself (a factor, as a wrong rate or a lost ½
     * would give, only smaller) is flagged, the hand engine's own finite differences being the reference.
     */
    @Test
    void theGradientCheckFailsAWrongUpdate() {
        Engine hand = pair().hand();
        Engine wrong = new ScaledUpdate(hand, WRONG_UPDATE);
        AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> gradientCheck(wrong, hand.parameters(), hand::startingFrom));
        report("gradient check of an update × (1 + %s): fails (%s)", WRONG_UPDATE,
                failure.getMessage().replaceAll(".*: ([0-9.Ee-]+) > .*", "$1"));
    }

    /**
     * Takes {@code engine}'s first update from {@code at}, g = Δθ / −η, and holds it to the central differences of
     * the loss of {@code lossAt(θ ± h·e_i)}, tensor by tensor, relative to the largest |g| of the tensor's scale
     * group (a layer's W and b together, as {@code TwinDifference} scales them: b is the weight of the constant
     * input 1). A tensor's own largest |g| would not do: where the classes are balanced (iris, 50 rows each) the
     * bias gradient at W = 0 is mean(p − y) = 1/3 − 1/3, zero up to rounding (6e−16), and the finite difference's
     * absolute error (u·|L|/h ≈ 4e−11) divided by it reads as 7e4.
     *
     * @return the largest relative difference, with its tensor
     */
    private Difference gradientCheck(Engine engine, List<Tensor> at, java.util.function.Function<List<Tensor>,
            Engine> lossAt) {
        double[] before = Tensor.flat(at);
        engine.step(0);
        double[] after = Tensor.flat(engine.parameters());
        List<double[]> gradients = new ArrayList<>(at.size());
        java.util.Map<String, Double> scales = new java.util.HashMap<>();
        int offset = 0;
        for (Tensor tensor : at) {
            int size = tensor.values().length;
            double[] g = new double[size];
            for (int i = 0; i < size; i++) {
                double eta = rate(tensor.name(), i);
                double update = after[offset + i] - before[offset + i];
                if (eta == 0) {
                    assertEquals(0.0, update, 0.0, pairName() + ": " + tensor.name() + "[" + i
                            + "] has rate 0 and must not move");
                }
                g[i] = eta == 0 ? Double.NaN : update / -eta;
                scales.merge(tensor.scale(), Double.isNaN(g[i]) ? 0.0 : Math.abs(g[i]), Math::max);
            }
            gradients.add(g);
            offset += size;
        }
        Difference worst = Difference.NONE;
        for (int t = 0; t < at.size(); t++) {
            Tensor tensor = at.get(t);
            double[] g = gradients.get(t);
            double scale = scales.get(tensor.scale());
            double largest = 0;
            String where = "";
            for (int i : entriesToCheck(g)) {
                double fd = centralDifference(at, t, i, lossAt);
                double d = Math.abs(fd - g[i]);
                if (d > largest) {
                    largest = d;
                    where = String.format(Locale.ROOT, "%s[%d]: update/-η %s, finite difference %s", tensor.name(), i,
                            g[i], fd);
                }
            }
            assertTrue(scale > 0 || largest == 0, pairName() + ", " + engine.name() + ": the update of group "
                    + tensor.scale() + " is 0, the finite differences are not: " + where);
            double relative = scale == 0 ? 0 : largest / scale;
            assertTrue(relative <= FD_TOLERANCE, pairName() + ", " + engine.name() + ": the update of "
                    + tensor.name() + " is not −η·∇L: " + where + ", relative to the group's largest |g| " + scale
                    + ": " + relative + " > " + FD_TOLERANCE);
            worst = worst.max(new Difference(relative, tensor.name(), 1));
        }
        return worst;
    }

    /** Every entry of a small tensor; of a large one, its largest |g| and seeded random others (rate 0: none). */
    private static int[] entriesToCheck(double[] g) {
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
        if (g.length <= CHECK_ALL_UP_TO) {
            for (int i = 0; i < g.length; i++) {
                chosen.add(i);
            }
        } else {
            Integer[] byMagnitude = new Integer[g.length];
            for (int i = 0; i < g.length; i++) {
                byMagnitude[i] = i;
            }
            Arrays.sort(byMagnitude, (a, b) -> Double.compare(Math.abs(g[b]), Math.abs(g[a])));
            chosen.addAll(Arrays.asList(byMagnitude).subList(0, SAMPLE_LARGEST));
            Random random = new Random(PERTURBATION_SEED);
            while (chosen.size() < SAMPLE_LARGEST + SAMPLE_RANDOM) {
                chosen.add(random.nextInt(g.length));
            }
        }
        chosen.removeIf(i -> Double.isNaN(g[i]));
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** (L(θ + h·e_i) − L(θ − h·e_i)) / ((θ_i + h) − (θ_i − h)), entry i of tensor t. */
    private static double centralDifference(List<Tensor> at, int t, int i,
                                            java.util.function.Function<List<Tensor>, Engine> lossAt) {
        double theta = at.get(t).values()[i];
        double plus = theta + H;
        double minus = theta - H;
        double lossPlus = lossAt.apply(moved(at, t, i, plus)).loss();
        double lossMinus = lossAt.apply(moved(at, t, i, minus)).loss();
        return (lossPlus - lossMinus) / (plus - minus);
    }

    private static List<Tensor> moved(List<Tensor> at, int t, int i, double value) {
        List<Tensor> copy = new ArrayList<>(at.size());
        for (int s = 0; s < at.size(); s++) {
            Tensor tensor = at.get(s);
            double[] v = tensor.values().clone();
            if (s == t) {
                v[i] = value;
            }
            copy.add(new Tensor(tensor.name(), tensor.scale(), v));
        }
        return copy;
    }

    // ---------------------------------------------------------------- lock-step

    @Test
    void lockStepProvesEveryUpdate() {
        Pair pair = pair();
        double bound = Tolerances.step(sumTerms());
        List<StepRecord> records = new ArrayList<>();
        LockStepResult result = LockStep.run(pair.hand(), pair.dl4j(), lockSteps(), DivergenceGuard.none(),
                records::add);

        assertEquals(lockSteps() + 1, records.size(), "a record at the start and after every update");
        for (StepRecord record : records.subList(0, lockSteps())) {
            assertTrue(!record.stepProof().exceeds(bound), pairName() + ": the step proof of update "
                    + (record.step() + 1) + " is " + record.stepProof().describe() + ", bound " + bound);
        }
        assertTrue(!result.stepProof().exceeds(bound), pairName() + ": " + result.stepProof().describe());
        assertTrue(Double.isFinite(result.trajectory().value()), result.trajectory().describe());
        report("lock-step, %d updates: step proof %s (bound %s, n = %d), trajectory %s", lockSteps(),
                result.stepProof().describe(), Difference.format(bound), sumTerms(),
                result.trajectory().describe());
    }

    @Test
    void aPlantedErrorFailsTheStepProofAtUpdateOne() {
        Pair pair = pair();
        List<Tensor> start = pair.dl4j().parameters();
        List<StepRecord> records = new ArrayList<>();
        LockStep.run(new ScaledUpdate(pair.hand(), PLANTED_ERROR), pair.dl4j(), 1, DivergenceGuard.none(),
                records::add);
        List<Tensor> dl4jAfter = pair.dl4j().parameters();

        Difference first = records.get(0).stepProof();
        double expected = plantedClosedForm(start, dl4jAfter);
        double bound = Tolerances.step(sumTerms());
        assertEquals(1, first.step(), first.describe());
        assertTrue(start.stream().anyMatch(t -> t.name().equals(first.tensor())),
                "a parameter tensor, not the loss or the outputs: " + first.describe());
        assertTrue(first.exceeds(bound), pairName() + ": the planted error passed: " + first.describe());
        assertEquals(expected, first.value(), PLANTED_MATCH * expected, pairName() + ": the planted error's "
                + "step proof against its closed form " + expected + ": " + first.describe());
        report("planted error (update × (1 + 1e-6)): step proof %s, closed form %s, bound %s", first.describe(),
                Difference.format(expected), Difference.format(bound));
    }

    /**
     * The planted engine's update 1 is θ + (1 + ε)·Δθ where DL4J's is θ + Δθ (up to both engines' rounding); the step
     * proof divides the difference ε·|Δθ_i| by its group's scale, the largest |θ_i(1)| (θ_dl4j(1) here, the planted
     * one's differs by ε of it), and takes the largest over the groups.
     */
    private static double plantedClosedForm(List<Tensor> before, List<Tensor> after) {
        java.util.Map<String, Double> change = new java.util.HashMap<>();
        java.util.Map<String, Double> scale = new java.util.HashMap<>();
        for (int t = 0; t < before.size(); t++) {
            double[] a = before.get(t).values();
            double[] b = after.get(t).values();
            String group = after.get(t).scale();
            for (int i = 0; i < a.length; i++) {
                change.merge(group, Math.abs(b[i] - a[i]), Math::max);
                scale.merge(group, Math.abs(b[i]), Math::max);
            }
        }
        double worst = 0;
        for (String group : change.keySet()) {
            worst = Math.max(worst, PLANTED_ERROR * change.get(group) / scale.get(group));
        }
        return worst;
    }

    /**
     * A hand-written engine with one planted error: each update is its own, scaled by 1 + ε. It starts from another
     * engine's state as the engine it wraps does, so the step proof's shadow carries the error too.
     */
    static final class ScaledUpdate implements Engine {

        private Engine inner;
        private final double error;

        ScaledUpdate(Engine inner, double error) {
            this.inner = inner;
            this.error = error;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public double step() {
            return step(0);
        }

        @Override
        public double step(int k) {
            List<Tensor> before = inner.parameters();
            double loss = inner.step(k);
            List<Tensor> after = inner.parameters();
            List<Tensor> scaled = new ArrayList<>(after.size());
            for (int t = 0; t < after.size(); t++) {
                double[] a = before.get(t).values();
                double[] b = after.get(t).values();
                double[] v = new double[b.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = a[i] + (1 + error) * (b[i] - a[i]);
                }
                scaled.add(new Tensor(after.get(t).name(), after.get(t).scale(), v));
            }
            inner = inner.startingFrom(scaled);
            return loss;
        }

        @Override
        public double loss() {
            return inner.loss();
        }

        @Override
        public List<Tensor> parameters() {
            return inner.parameters();
        }

        @Override
        public List<Tensor> outputs() {
            return inner.outputs();
        }

        @Override
        public Engine startingFrom(List<Tensor> parameters) {
            return new ScaledUpdate(inner.startingFrom(parameters), error);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void assertSameLayout(String what, List<Tensor> hand, List<Tensor> dl4j) {
        assertEquals(layout(hand), layout(dl4j), pairName() + ": " + what + " name, scale group and size, in order");
    }

    /** "W:layer[12] b:layer[3]": names, scale groups and sizes in order. */
    static String layout(List<Tensor> tensors) {
        StringBuilder s = new StringBuilder();
        for (Tensor t : tensors) {
            s.append(s.length() == 0 ? "" : " ").append(t.name()).append(':').append(t.scale()).append('[')
                    .append(t.values().length).append(']');
        }
        return s.toString();
    }

    private void assertSameBits(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, pairName() + ": " + what + ": sizes");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                throw new AssertionError(pairName() + ": " + what + ": entry " + i + " is " + actual[i]
                        + ", expected the bits of " + expected[i]);
            }
        }
    }

    private void report(String format, Object... arguments) {
        System.out.println("[contract] " + pairName() + ": " + String.format(Locale.ROOT, format, arguments));
    }
}
