package nnbasics.handwritten.network;

/**
 * The element-wise activation f of a hidden layer, a = f(z), with its derivative f'(z) for backpropagation
 * ({@code docs/derivations.md}, section 11). Each derivative is evaluated from z, as the δ recursion needs it:
 * δ_l = (δ_{l+1}·W_{l+1}ᵀ) ⊙ f'(z_l).
 */
public enum Activation {

    /** f(z) = z, f'(z) = 1: a hidden layer that only mixes its inputs linearly. */
    IDENTITY("identity") {
        @Override
        public double value(double z) {
            return z;                                    // f(z) = z
        }

        @Override
        public double derivative(double z) {
            return 1;                                    // f'(z) = 1
        }
    },

    /** The logistic function s(z) = 1 / (1 + e^{−z}), s'(z) = s(z)(1 − s(z)). */
    SIGMOID("sigmoid") {
        @Override
        public double value(double z) {
            return 1 / (1 + Math.exp(-z));               // s(z) = 1 / (1 + e^{−z})
        }

        @Override
        public double derivative(double z) {
            return derivative(z, value(z));
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1 - a);                          // s'(z) = s(1 − s), s = a
        }
    },

    /** tanh(z) = (e^z − e^{−z}) / (e^z + e^{−z}), tanh'(z) = 1 − tanh²(z). */
    TANH("tanh") {
        @Override
        public double value(double z) {
            return Math.tanh(z);                         // tanh z
        }

        @Override
        public double derivative(double z) {
            return derivative(z, value(z));
        }

        @Override
        public double derivative(double z, double a) {
            return 1 - a * a;                            // tanh'(z) = 1 − tanh² z, tanh z = a
        }
    },

    /**
     * The rectifier max(0, z). Its derivative is 1 for z &gt; 0 and 0 for z ≤ 0: at the kink z = 0 the convention is
     * 0, as in DL4J's relu backprop, which passes the gradient only where z &gt; 0.
     */
    RELU("relu") {
        @Override
        public double value(double z) {
            return Math.max(0, z);                       // max(0, z)
        }

        @Override
        public double derivative(double z) {
            return z > 0 ? 1 : 0;                        // 1 for z > 0, 0 for z ≤ 0 (the convention at 0)
        }
    };

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    /** @return f(z) */
    public abstract double value(double z);

    /** @return f'(z) = df/dz, evaluated at z */
    public abstract double derivative(double z);

    /**
     * f'(z) when a = f(z) is already at hand: the same number as {@link #derivative(double)} bit for bit (f is
     * deterministic, so recomputing f(z) would give a again), without a second exp or tanh per unit.
     *
     * @param z the pre-activation
     * @param a f(z), as {@link #value} computed it
     */
    public double derivative(double z, double a) {
        return derivative(z);
    }

    /** @return the lower-case name used in architectures and on the command line: "identity", "sigmoid", "tanh", "relu" */
    public String label() {
        return label;
    }

    /**
     * @param z pre-activations; not modified
     * @return a with a_k = f(z_k)
     */
    double[] apply(double[] z) {
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = value(z[k]);                          // a = f(z)
        }
        return a;
    }
}
