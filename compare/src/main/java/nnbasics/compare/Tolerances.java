package nnbasics.compare;

/**
 * The documented bounds of the {@link TwinDifference} between the engines. The step proof's bound ({@link #step})
 * decides whether the engines agree (exit code 3 above it) for every model; the trajectory's bounds (the rest) say
 * how far two free-running engines may part on a calm trajectory, and decide only when a user asks
 * ({@code --hold-trajectory}). Why each is what it is: {@code docs/twin-difference.md}.
 */
public final class Tolerances {

    /**
     * The step proof's floor in double precision: both engines take one update from the same numbers (DL4J's
     * state), so they differ only by the order of the sums within that update. A sum of m terms rounded in any
     * order is within γ_m·Σ|terms| of the exact sum, γ_m = m·u/(1 − m·u) (Higham, §3.1); an entry of the update
     * depends on a chain of such sums (each layer's pre-activations, δ back through the layers, the sum over the
     * rows), whose errors add to first order: within γ_n with n the chain's terms in all ({@link #step}). Divided by
     * the tensor's scale (its largest entry so far, of the size of the terms), each engine is within n·u of the exact
     * step, so two correct engines within 2n·u of each other; the activations, the softmax and the update add a few u
     * each, which the floor covers. 1e−12 is 2n·u for n = 4,503 terms (every model on small data), is four orders
     * above the 1e−16 … 1e−15 that one update of the guide's models shows, and four orders below one rounding to
     * float (6e−8) or any wrong derivation (order 1 of a term).
     */
    public static final double STEP_SHORT_SUMS = 1e-12;

    /** The unit roundoff of single precision, 2⁻²⁴ ≈ 6.0e−8 (DL4J with {@code --float32}). */
    public static final double FLOAT_UNIT_ROUNDOFF = 0x1p-24;

    /**
     * The step proof's bound in double precision: max(1e−12, 2n·u), n the terms along the chain of sums one entry of
     * an update depends on (the rows of its batch plus every layer's inputs and bias: {@code NetworkTwins.sumTerms}).
     * The same for every model, network and dataset, chaotic or not: the step starts from the same state on both
     * sides, so the trajectory cannot magnify anything.
     *
     * @param sumTerms the terms of the chain of sums of one update
     */
    public static double step(long sumTerms) {
        return Math.max(STEP_SHORT_SUMS, 2.0 * sumTerms * UNIT_ROUNDOFF);
    }

    /**
     * The step proof's bound for a step an optimiser describes: {@link #step(long)} with the updater's and the
     * regularisers' own roundings added to the chain. Both engines start the step from DL4J's parameters and updater
     * state, so the state brings no earlier difference; what the step adds beyond the gradient's sums is a fixed
     * number of roundings per entry, each at most u of the entry, which add to the chain's n to first order:
     *
     * <pre>
     * SGD         u = η·g                                      0 (counted in {@link #step(long)})
     * momentum    μ·v, −η·g, +, (−μ−1), ·v, +                  6
     * RMSProp     s·ρ, g·g, (1−ρ), ·, +, √, +ε, η·g, ÷         9
     * AdaGrad     g·g, +, √, +ε, η·g, ÷                        6
     * Adam        β₁·m, (1−β₁), g·, +, β₂·v, g·g, (1−β₂), ·, +,
     *             √, +ε, m·α, ÷                                13
     *             α_t: two powers, two 1−, √, η·, ÷            7 (C's pow and Java's may part by 1 ulp each)
     * L1          sign·c, +                                    2
     * L2          c·θ, +                                       2
     * weight decay c·η, ·θ, +                                  3
     * </pre>
     *
     * The gradient's own error (n·u of its terms) reaches u unchanged in size through SGD, times (1 + μ) ≤ 2
     * through momentum; through the adaptive updaters it is divided by √s + ε along with g, so it keeps its size
     * relative to u where g is large against ε, which is where u is not negligible.
     *
     * @param sumTerms  the terms of the chain of sums of one update ({@code NetworkTwins.sumTerms})
     * @param optimiser the recipe both engines step with
     * @return max(1e−12, 2n'·u), n' = (1 + μ)·n for momentum, n otherwise, plus the roundings above
     */
    public static double step(long sumTerms, nnbasics.handwritten.updaters.Optimiser optimiser) {
        long extra = switch (optimiser.updater()) {
            case SGD -> 0;
            case MOMENTUM -> 6 + sumTerms;                 // (1 + μ)·n ≤ 2n: n more
            case RMSPROP -> 9;
            case ADAGRAD -> 6;
            case ADAM, TEXTBOOK_ADAM -> 13 + 7;
        };
        extra += (optimiser.l1() > 0 || optimiser.l1Bias() > 0 ? 2 : 0)
                + (optimiser.l2() > 0 || optimiser.l2Bias() > 0 ? 2 : 0)
                + (optimiser.weightDecay() > 0 || optimiser.weightDecayBias() > 0 ? 3 : 0);
        return step(sumTerms + extra);
    }

    /**
     * The step proof's bound for softmax regression from W = 0, b = 0 (MNIST's) stepped by Adam: {@link
     * #step(long, nnbasics.handwritten.updaters.Optimiser)}, or the gradient's rounding noise carried through Adam's
     * gain where that is larger. At the first step every row has p = 1/K, so ∂L/∂b_k = (1/B) Σ_i (1/K − y_ik) is 0
     * exactly on a batch with B/K rows of class k (MNIST's batches of 100 often have 10 of a digit); each engine then
     * holds its own rounding, of at most γ_n·Σ|terms| ≤ 2n·u (the terms |p − y|·|x|/B of a cross-entropy gradient
     * entry add up to at most 2 for inputs in [0, 1]), so the two differ by up to 4n·u. SGD carries that into
     * η·4n·u, far below the scale of W and b; Adam divides g by √v + ε with v ≈ 0 there, a gain of
     *
     * <pre>
     * ∂u/∂g ≤ α_t·(1 − β₁)/ε = η·G,   G = (1 − β₁)·max_t √(1 − β₂ᵗ)/(1 − β₁ᵗ) / ε     (1e7 for DL4J's defaults)
     * </pre>
     *
     * while its first step moves every entry whose gradient is large against ε by about η, so the scale of W and b
     * is at least about η. Two correct engines may part by G·4n·u of the scale: 3.9e−6 for n = 885 (MNIST's batches
     * of 100); measured 1.9e−11 (the b of step 1, one epoch). A wrong derivation or rate (order 1) still fails it;
     * the textbook Adam (3.7e−6 on iris) would not, which is why a model whose gradient does not cancel exactly
     * (a network from a random start) keeps the tight bound.
     *
     * @param sumTerms  the terms of the chain of sums of one update
     * @param optimiser the recipe both engines step with
     * @return the bound; {@link #step(long, nnbasics.handwritten.updaters.Optimiser)} for other updaters
     */
    public static double stepFromZero(long sumTerms, nnbasics.handwritten.updaters.Optimiser optimiser) {
        return stepFromZero(sumTerms, optimiser, 1);
    }

    /**
     * {@link #stepFromZero(long, nnbasics.handwritten.updaters.Optimiser)} for inputs of any size: the terms
     * |p − y|·|x|/N of a weight's gradient add up to at most 2·max|x| (a bias's, x = 1, to at most 2), so the rounding
     * noise that Adam's gain carries, and the bound, grow with {@code inputScale} = max(1, max|x|). For standardized
     * features (N rows) |z| ≤ (N − 1)/√N &lt; √N whatever the data, so √N bounds it without reading the data
     * (iris, 150 rows, standardized: 12.2; its raw features: 7.9). This is the bound of {@code classify}'s softmax
     * regression and of the playground's without a hidden layer, which start from W = 0, b = 0: on iris's balanced classes the first ∂L/∂b is 0 exactly (measured
     * 7.8e−10 between the engines at step 1 with Adam, η 0.001, against the tight 1e−12).
     *
     * @param inputScale max(1, the largest |x| the engines train on), or a bound of it
     */
    public static double stepFromZero(long sumTerms, nnbasics.handwritten.updaters.Optimiser optimiser,
            double inputScale) {
        if (!(inputScale >= 1) || Double.isInfinite(inputScale)) {
            throw new IllegalArgumentException("inputScale must be finite and at least 1, got " + inputScale);
        }
        double tight = step(sumTerms, optimiser);
        if (optimiser.updater() != nnbasics.handwritten.updaters.Optimiser.Kind.ADAM) {
            return tight;
        }
        double beta1 = optimiser.beta1();
        double beta2 = optimiser.beta2();
        double largest = 0;                                        // max_t √(1 − β₂ᵗ)/(1 − β₁ᵗ), t = 1, 2, …
        long horizon = (long) Math.min(1e6, 50 / Math.min(1 - beta1, 1 - beta2));   // until β₁ᵗ, β₂ᵗ ≈ 0
        for (long t = 1; t <= horizon; t++) {
            largest = Math.max(largest, Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t)));
        }
        double gain = (1 - beta1) * Math.max(largest, 1) / optimiser.epsilon();   // G; the limit t → ∞ is 1
        return Math.max(tight, gain * 4.0 * sumTerms * UNIT_ROUNDOFF * inputScale);
    }

    /**
     * max(1, max|x|) of the features the engines train on, for {@link #stepFromZero(long,
     * nnbasics.handwritten.updaters.Optimiser, double)}: the raw features' largest |x|, or √N for standardized ones
     * (|z| ≤ (N − 1)/√N &lt; √N whatever the data, so the data need not be standardized here to bound it).
     *
     * @param features     the raw features, one row per example
     * @param standardized whether the engines train on them standardized
     */
    public static double inputScale(double[][] features, boolean standardized) {
        if (standardized) {
            return Math.max(1, Math.sqrt(features.length));
        }
        double largest = 1;
        for (double[] row : features) {
            for (double x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        return largest;
    }

    /**
     * The step proof's bound when DL4J computes in float32 and the hand-written engine in double, from DL4J's
     * float32 state: the same reasoning with float's unit roundoff, max(9,007, 2n)·u_float (5.4e−4 for short chains).
     * It still fails a wrong derivation (order 1), not a rounding to float, which is what float32 is.
     */
    public static double stepFloat32(long sumTerms) {
        return Math.max(STEP_SHORT_SUMS / UNIT_ROUNDOFF, 2.0 * sumTerms) * FLOAT_UNIT_ROUNDOFF;
    }

    /**
     * The guide's models (linear regression, softmax regression) in double precision, over thousands of full-batch
     * steps: both engines compute the same sums of a few terms, so they differ by the rounding of a handful of
     * operations per step (ε = 1.1e−16 each); gradient descent on a convex loss contracts earlier differences
     * instead of amplifying them. Measured on the guide, the houses, iris and the food-truck data: below 1e−14.
     * 1e−12 leaves two orders of magnitude and still catches a single rounding to float (1e−8) or a wrong rate.
     */
    public static final double GUIDE_MODELS = 1e-12;

    /** The unit roundoff of double precision, u = 2⁻⁵³ ≈ 1.1e−16. */
    public static final double UNIT_ROUNDOFF = 0x1p-53;

    /**
     * A linear model ({@code fit}) on n rows: {@link #GUIDE_MODELS}, or γ_n ≈ n·u when that is larger. Every entry of
     * XᵀX and Xᵀy (normal equations) or of the gradient (gradient descent) is a sum of n products, which each engine
     * adds in its own order (a loop by hand; OpenBLAS's blocks in DL4J). The classic bound for a floating-point sum
     * of n terms is γ_n·Σ|terms| with γ_n = n·u / (1 − n·u) (Higham, <i>Accuracy and Stability of Numerical
     * Algorithms</i>, §3.1), so two correct engines may differ by that much of the magnitudes summed. Below 9,007
     * rows this is under 1e−12 and the guide's bound stands; on 6 million rows it is 6.7e−10 (measured there:
     * 2.4e−11 for the normal equations, 2.3e−13 for 20 gradient-descent steps; a rounding to float is still 1e−8).
     */
    public static double linearModel(long rows) {
        return Math.max(GUIDE_MODELS, rows * UNIT_ROUNDOFF);
    }

    /**
     * Multi-layer networks in double precision, full batch, when no one-ulp control is run (the explore playground;
     * {@code classify --hidden} and the guide derive each run's bound from its control: {@link #network}); also the
     * largest bound that {@link #network} may give and still count as a twin bound. Each step is a chain of
     * products and activations, summed in a different order by each engine (a few ulps per step, as for the guide's
     * models). But the loss is not convex: along parts of a trajectory gradient descent amplifies any difference
     * (a saddle passed, a unit crossing ReLU's kink), about 8 % per step for 300 steps on the houses' 2 → 4 tanh → 2.
     * The hand-written engine against itself, one start weight moved by one ulp, peaks there at 1e−6; the twins at
     * 6.3e−7 (step 1,673), and below 2e−15 on iris, sigmoid and at smaller rates ({@code docs/hidden-layers.md}).
     * 1e−5 is one order above that control: it holds for runs whose trajectory magnifies rounding by up to about
     * 1e10 and still fails a wrong model (order 1). Trajectories that magnify one ulp to order 1 (two hidden layers
     * at rate 0.5 on the houses) exceed any bound, the engines' rounding as much as one ulp of the start.
     */
    public static final double NETWORKS = 1e-5;

    /**
     * The floor of a network run's bound: the bar for full-batch networks on small data. Where the
     * trajectory does not amplify rounding (its one-ulp control near 1e−15: iris 4 → 8 tanh → 3, sigmoid, smaller
     * rates) the twins stay below 2e−15 over 2,000 steps; 1e−10 leaves four orders for other data and machines and
     * still catches a single rounding to float (1e−8).
     */
    public static final double NETWORK_FLOOR = 1e-10;

    /**
     * How far the twins may exceed the run's one-ulp control. The control perturbs the start once by one ulp; the
     * twins round differently by a few ulps at every step, so along an amplifying stretch they drift further.
     * Measured on the guide's houses (tanh, rate 0.5, 2,000 steps) as twins / control: 11 for 4 units
     * (6.28e−7 / 5.57e−8), 0.24 for 2, 1.2 for 8; a factor of 100 keeps nine times the largest of them.
     */
    public static final double CONTROL_FACTOR = 100;

    /**
     * The bound of a network run ({@code classify --hidden}, the guide's section 10) from its one-ulp control
     * (the hand-written engine against itself, every start weight of W1 one ulp up; {@code OneUlpControl}):
     *
     * <pre>
     * bound = min(NETWORKS, max(NETWORK_FLOOR, CONTROL_FACTOR · control))
     * </pre>
     *
     * 1e−10 where the trajectory is calm; where it magnifies rounding, as much as two correct engines can be
     * expected to differ there; never more than {@link #NETWORKS}: a looser bound would let a wrong model pass.
     * A run whose control reaches past that ({@link #hasNetworkBound} false) has no twin bound: one ulp of its
     * start moves it beyond 1e−7, and the engines' rounding as far, so exit 3 there says the trajectory is
     * chaotic, not that an engine is wrong.
     *
     * @param control the run's one-ulp control, the largest difference of the two hand-written copies
     */
    public static double network(double control) {
        return Math.min(NETWORKS, Math.max(NETWORK_FLOOR, CONTROL_FACTOR * control));
    }

    /** Whether a run with this one-ulp control has a twin bound: CONTROL_FACTOR · control ≤ {@link #NETWORKS}. */
    public static boolean hasNetworkBound(double control) {
        return CONTROL_FACTOR * control <= NETWORKS;
    }

    /**
     * MNIST in double precision: sums of 784 products per logit and 100 rows per gradient entry, added in a
     * different order by each engine (BLAS blocks them), over 600 mini-batch steps an epoch: rounding grows like
     * √(terms)·ε per step and accumulates; measured about 1e−12 after ten epochs.
     */
    public static final double MNIST_DOUBLE = 1e-9;

    /**
     * MNIST with DL4J in float32 (the hand-written engine stays in double): the float's ε = 6e−8 on every input and
     * every operation, growing over an epoch; measured about 1e−5 after one epoch. A bound of 1e−3 catches a wrong
     * model (differences of order 1) while allowing single precision's rounding.
     */
    public static final double MNIST_FLOAT32 = 1e-3;

    /**
     * MNIST networks ({@code mnist --hidden}, e.g. 784 → 128 relu → 10) in double precision, mini-batches of 100:
     * the bar, as for MNIST softmax. Measured (seed 1, init seed 1, rate 0.5): W and b of both layers
     * differ by 1.9e−15 in the first epoch and 4.0e−15 after eleven (+0.2e−15 an epoch), and the hand-written
     * engine against itself with one start weight moved by one ulp stays as small, so this trajectory does not
     * amplify rounding as the houses' do ({@code docs/hidden-layers.md}). From epoch 6 the largest difference is
     * the batch loss, 3.7e−13 … 1.3e−12 (always DL4J's the larger): DL4J's score clips p to 1 − 1e−10, so a
     * fitted row adds up to 1e−10 / B to its batch loss. That is at most 1e−10 / 2.3 ≈ 4e−11 of the loss's scale
     * whatever the number of epochs; 1e−9 stays above it and catches a single rounding to float (1e−8).
     */
    public static final double MNIST_NETWORK = 1e-9;

    private Tolerances() {
    }
}
