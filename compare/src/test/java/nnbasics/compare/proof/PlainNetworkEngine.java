package nnbasics.compare.proof;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;
import nnbasics.compare.network.NetworkTensors;

/**
 * A dense network with a softmax output, trained by full-batch gradient descent on the mean cross-entropy, written
 * the plainest way — one loop per sum, [row][unit] arrays — with one switch per wrong derivation that a test can
 * plant ({@link Plant}). Unplanted it computes what DL4J computes (docs/derivations.md, /work/shared/dl4j-notes.md):
 *
 * <pre>
 *   z_l = a_{l−1}·W_l + b_l,   a_l = f(z_l) (hidden),   p = softmax(z_L)
 *   L   = −(1/N) Σ_i log clip(p_{i,y_i})                  clip to [1e−10, 1 − 1e−10], as LossMCXENT's score
 *   δ_L = p − y,   δ_{l−1} = (δ_l·W_lᵀ) ⊙ f′(z_{l−1})
 *   ∂W_l = (1/N) Σ_i a_{l−1,i}ᵀ δ_{l,i},   ∂b_l = (1/N) Σ_i δ_{l,i}     the sum over the rows, then / N
 *   θ ← θ − η·∂θ
 * </pre>
 *
 * It is independent of the project's {@code Backpropagation} (tuned for speed): it shares no code with it.
 */
final class PlainNetworkEngine implements Engine {

    /** The wrong derivations this copy can carry, one at a time. */
    enum Plant {
        /** The correct copy. */
        NONE,
        /** tanh′ = 1 − tanh instead of 1 − tanh². */
        TANH_PRIME_WITHOUT_SQUARE,
        /** ReLU′(0) = 1 instead of DL4J's 0 (the gradient passes where z ≥ 0 instead of z > 0). */
        RELU_PRIME_ONE_AT_ZERO,
        /** The gradient is the sum over the rows, not the mean: the 1/N is missing. */
        NO_ONE_OVER_N,
        /**
         * The first layer's bias gradient summed over the wrong axis: over the units of row j instead of over the
         * rows of unit j, (1/N) Σ_k δ_1[j][k] for ∂b_1[j]. It has the right length only when the rows are as many as
         * the units (NumPy's {@code delta.sum(axis=1)} for {@code axis=0} on a square batch).
         */
        BIAS_SUMMED_OVER_UNITS,
        /** The inputs read as float32 (x → (double) (float) x): iris's decimals are not floats. */
        FLOAT32_INPUTS
    }

    /** The hidden layers' f. */
    enum Hidden {
        TANH, RELU
    }

    /** DL4J's LossMCXENT clips p to [CLIP, 1 − CLIP] in its score (not in its gradient). */
    private static final double CLIP = 1e-10;

    private final double[][] x;
    private final int[] labels;
    private final Hidden f;
    private final double rate;
    private final Plant plant;
    private final List<double[][]> w;
    private final List<double[]> b;

    /**
     * @param features     [row][feature], as DL4J's network sees them (standardised or raw)
     * @param labels       the class of every row
     * @param startWeights W of every layer, [nIn][nOut], input side first
     * @param startBiases  b of every layer
     * @param rate         η for every weight and bias
     */
    PlainNetworkEngine(double[][] features, int[] labels, List<double[][]> startWeights, List<double[]> startBiases,
                       Hidden f, double rate, Plant plant) {
        this.x = plant == Plant.FLOAT32_INPUTS ? toFloat(features) : copy(features);
        this.labels = labels.clone();
        this.f = f;
        this.rate = rate;
        this.plant = plant;
        this.w = new ArrayList<>();
        this.b = new ArrayList<>();
        for (int l = 0; l < startWeights.size(); l++) {
            w.add(copy(startWeights.get(l)));
            b.add(startBiases.get(l).clone());
        }
        if (plant == Plant.BIAS_SUMMED_OVER_UNITS && x.length != b.get(0).length) {
            throw new IllegalArgumentException("the wrong axis has the right length only for as many rows as units: "
                    + x.length + " rows, " + b.get(0).length + " units");
        }
    }

    @Override
    public String name() {
        return "plain-" + plant.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Engine startingFrom(List<Tensor> parameters) {
        // x as this copy holds it (already rounded for FLOAT32_INPUTS: rounding a float again changes nothing)
        return new PlainNetworkEngine(x, labels, NetworkTensors.weights(parameters), NetworkTensors.biases(parameters),
                f, rate, plant);
    }

    @Override
    public List<Tensor> parameters() {
        return NetworkTensors.of(w, b);
    }

    @Override
    public List<Tensor> outputs() {
        List<double[][]> z = forward();
        return List.of(new Tensor("P", Tensor.rows(softmax(z.get(z.size() - 1)))));
    }

    /** L = −(1/N) Σ_i log clip(p_{i,y_i}). */
    @Override
    public double loss() {
        List<double[][]> z = forward();
        double[][] p = softmax(z.get(z.size() - 1));
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum -= Math.log(Math.min(1 - CLIP, Math.max(CLIP, p[i][labels[i]])));
        }
        return sum / p.length;
    }

    @Override
    public double step() {
        double before = loss();
        int layers = w.size();
        int n = x.length;
        List<double[][]> z = forward();
        double[][] delta = softmax(z.get(layers - 1));
        for (int i = 0; i < n; i++) {
            delta[i][labels[i]] -= 1;                                          // δ_L = p − y
        }
        List<double[][]> dw = new ArrayList<>();
        List<double[]> db = new ArrayList<>();
        for (int l = layers - 1; l >= 0; l--) {
            double[][] input = l == 0 ? x : activate(z.get(l - 1));
            dw.add(0, weightGradient(input, delta));
            db.add(0, l == 0 && plant == Plant.BIAS_SUMMED_OVER_UNITS ? sumOverUnits(delta) : sumOverRows(delta));
            if (l > 0) {
                delta = backpropagate(delta, w.get(l), z.get(l - 1));
            }
        }
        double divisor = plant == Plant.NO_ONE_OVER_N ? 1 : n;
        for (int l = 0; l < layers; l++) {
            double[][] wl = w.get(l);
            for (int j = 0; j < wl.length; j++) {
                for (int k = 0; k < wl[j].length; k++) {
                    wl[j][k] -= rate * (dw.get(l)[j][k] / divisor);            // W ← W − η·(Σ_i aᵀδ)/N
                }
            }
            double[] bl = b.get(l);
            for (int k = 0; k < bl.length; k++) {
                bl[k] -= rate * (db.get(l)[k] / divisor);                     // b ← b − η·(Σ_i δ)/N
            }
        }
        return before;
    }

    /** z_l[i][k] = b_l[k] + Σ_j a_{l−1}[i][j]·W_l[j][k], for every layer. */
    List<double[][]> forward() {
        List<double[][]> zs = new ArrayList<>();
        double[][] a = x;
        for (int l = 0; l < w.size(); l++) {
            double[][] wl = w.get(l);
            double[] bl = b.get(l);
            double[][] z = new double[a.length][bl.length];
            for (int i = 0; i < a.length; i++) {
                for (int k = 0; k < bl.length; k++) {
                    double sum = 0;
                    for (int j = 0; j < wl.length; j++) {
                        sum += a[i][j] * wl[j][k];
                    }
                    z[i][k] = sum + bl[k];
                }
            }
            zs.add(z);
            a = activate(z);
        }
        return zs;
    }

    /** The inputs as this copy sees them (rounded to float for FLOAT32_INPUTS). */
    double[][] features() {
        return copy(x);
    }

    /** Σ_i a[i][j]·δ[i][k], the sum over the rows. */
    private static double[][] weightGradient(double[][] a, double[][] delta) {
        double[][] g = new double[a[0].length][delta[0].length];
        for (int j = 0; j < g.length; j++) {
            for (int k = 0; k < g[j].length; k++) {
                double sum = 0;
                for (int i = 0; i < a.length; i++) {
                    sum += a[i][j] * delta[i][k];
                }
                g[j][k] = sum;
            }
        }
        return g;
    }

    /** Σ_i δ[i][k], the bias gradient: the sum over the rows. */
    private static double[] sumOverRows(double[][] delta) {
        double[] g = new double[delta[0].length];
        for (int k = 0; k < g.length; k++) {
            double sum = 0;
            for (double[] row : delta) {
                sum += row[k];
            }
            g[k] = sum;
        }
        return g;
    }

    /** Planted: Σ_k δ[j][k], the sum over the units of row j (the wrong axis; rows = units). */
    private static double[] sumOverUnits(double[][] delta) {
        double[] g = new double[delta.length];
        for (int j = 0; j < g.length; j++) {
            double sum = 0;
            for (double v : delta[j]) {
                sum += v;
            }
            g[j] = sum;
        }
        return g;
    }

    /** δ_{l−1}[i][j] = (Σ_k δ_l[i][k]·W_l[j][k]) · f′(z_{l−1}[i][j]). */
    private double[][] backpropagate(double[][] delta, double[][] wl, double[][] zBelow) {
        double[][] previous = new double[delta.length][wl.length];
        for (int i = 0; i < delta.length; i++) {
            for (int j = 0; j < wl.length; j++) {
                double sum = 0;
                for (int k = 0; k < delta[i].length; k++) {
                    sum += delta[i][k] * wl[j][k];
                }
                previous[i][j] = sum * derivative(zBelow[i][j]);
            }
        }
        return previous;
    }

    /** f(z), entry by entry. */
    private double[][] activate(double[][] z) {
        double[][] a = new double[z.length][z[0].length];
        for (int i = 0; i < z.length; i++) {
            for (int k = 0; k < z[i].length; k++) {
                a[i][k] = f == Hidden.TANH ? Math.tanh(z[i][k]) : Math.max(0, z[i][k]);
            }
        }
        return a;
    }

    /** f′(z): tanh′ = 1 − tanh², ReLU′ = 1 for z > 0 else 0 (DL4J: 0 at z = 0) — or the planted ones. */
    private double derivative(double z) {
        if (f == Hidden.TANH) {
            double t = Math.tanh(z);
            return plant == Plant.TANH_PRIME_WITHOUT_SQUARE ? 1 - t : 1 - t * t;
        }
        return plant == Plant.RELU_PRIME_ONE_AT_ZERO ? (z >= 0 ? 1 : 0) : (z > 0 ? 1 : 0);
    }

    /** p[i][k] = exp(z[i][k] − max_m z[i][m]) / Σ_m exp(z[i][m] − max_m z[i][m]). */
    private static double[][] softmax(double[][] z) {
        double[][] p = new double[z.length][z[0].length];
        for (int i = 0; i < z.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z[i]) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < z[i].length; k++) {
                p[i][k] = Math.exp(z[i][k] - max);
                sum += p[i][k];
            }
            for (int k = 0; k < z[i].length; k++) {
                p[i][k] /= sum;
            }
        }
        return p;
    }

    private static double[][] toFloat(double[][] a) {
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                r[i][j] = (float) a[i][j];
            }
        }
        return r;
    }

    private static double[][] copy(double[][] a) {
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i].clone();
        }
        return r;
    }
}
