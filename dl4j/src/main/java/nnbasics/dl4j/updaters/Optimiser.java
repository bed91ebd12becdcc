package nnbasics.dl4j.updaters;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;

/**
 * How a trainer takes its step, in DL4J's terms: the twin of {@code nnbasics.handwritten.updaters.Optimiser}, the
 * same fields in the same order. {@link #dl4jUpdater()} is the {@code IUpdater} set on the network (for the weights and
 * the biases alike); {@link #configure} puts the regularisation on a layer builder. Weight decay goes on the layer,
 * never on {@code NeuralNetConfiguration.Builder}, where M2.1 applies it twice ({@code UpdaterConventionsTest}).
 *
 * @param updater         the rule
 * @param learningRate    η
 * @param momentum        μ of {@code Nesterovs}
 * @param beta1           β₁ of {@code Adam}
 * @param beta2           β₂ of {@code Adam}
 * @param epsilon         ε of {@code RmsProp}, {@code AdaGrad} and {@code Adam}
 * @param rho             {@code RmsProp}'s {@code rmsDecay}
 * @param l1              {@code l1} on the weights, 0 for none
 * @param l2              {@code l2} on the weights, 0 for none
 * @param weightDecay     {@code weightDecay} on the weights (the rate applied, DL4J's default), 0 for none
 * @param l1Bias          {@code l1Bias}
 * @param l2Bias          {@code l2Bias}
 * @param weightDecayBias {@code weightDecayBias}
 * @param keep            the probability to keep a layer's input ({@code dropOut(p)}), 1 for no dropout
 * @param masks           where dropout's masks come from (their seed), given to {@link GivenMaskDropout};
 *                        {@link DropoutMasks#DEFAULT} unless told otherwise, unused without dropout
 */
public record Optimiser(Kind updater, double learningRate, double momentum, double beta1, double beta2,
                        double epsilon, double rho, double l1, double l2, double weightDecay, double l1Bias,
                        double l2Bias, double weightDecayBias, double keep, DropoutMasks masks) {

    /** The updaters DL4J names {@code Sgd}, {@code Nesterovs}, {@code RmsProp}, {@code AdaGrad}, {@code Adam}. */
    public enum Kind {
        SGD, MOMENTUM, RMSPROP, ADAGRAD, ADAM
    }

    /** @throws IllegalArgumentException if η is not finite and positive, keep is not in (0, 1] or the masks are null */
    public Optimiser {
        if (updater == null) {
            throw new IllegalArgumentException("the updater is null");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be finite and positive, got " + learningRate);
        }
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("the probability to keep must be in (0, 1], got " + keep);
        }
        if (masks == null) {
            throw new IllegalArgumentException("the dropout masks are null");
        }
    }

    /** The same with dropout's masks from {@link DropoutMasks#DEFAULT}. */
    public Optimiser(Kind updater, double learningRate, double momentum, double beta1, double beta2, double epsilon,
                     double rho, double l1, double l2, double weightDecay, double l1Bias, double l2Bias,
                     double weightDecayBias, double keep) {
        this(updater, learningRate, momentum, beta1, beta2, epsilon, rho, l1, l2, weightDecay, l1Bias, l2Bias,
                weightDecayBias, keep, DropoutMasks.DEFAULT);
    }

    /** @return plain {@code Sgd(η)}, no regularisation, no dropout (DL4J's defaults in the unused fields) */
    public static Optimiser sgd(double learningRate) {
        return new Optimiser(Kind.SGD, learningRate, Nesterovs.DEFAULT_NESTEROV_MOMENTUM,
                Adam.DEFAULT_ADAM_BETA1_MEAN_DECAY, Adam.DEFAULT_ADAM_BETA2_VAR_DECAY, Adam.DEFAULT_ADAM_EPSILON,
                RmsProp.DEFAULT_RMSPROP_RMSDECAY, 0, 0, 0, 0, 0, 0, 1);
    }

    /** @return DL4J's updater with these hyper-parameters */
    public IUpdater dl4jUpdater() {
        return switch (updater) {
            case SGD -> new Sgd(learningRate);                                       // u = η·g
            case MOMENTUM -> new Nesterovs(learningRate, momentum);                  // v, u = μ·v_prev − (1+μ)·v
            case RMSPROP -> new RmsProp(learningRate, rho, epsilon);                 // s starts at ε
            case ADAGRAD -> new AdaGrad(learningRate, epsilon);                      // h starts at 1e-6
            case ADAM -> new Adam(learningRate, beta1, beta2, epsilon);              // ε on the uncorrected √v
        };
    }

    /**
     * @return the names of the updater's state in the order DL4J lays it out in its state view, as the hand-written
     *         updaters name them: none for SGD, "v" (the velocity), "s", "h", or "m" then "v"
     */
    public List<String> stateNames() {
        return switch (updater) {
            case SGD -> List.of();
            case MOMENTUM -> List.of("v");
            case RMSPROP -> List.of("s");
            case ADAGRAD -> List.of("h");
            case ADAM -> List.of("m", "v");
        };
    }

    /** @return true for plain SGD with no regularisation and no dropout */
    public boolean isPlainSgd() {
        return updater == Kind.SGD && l1 == 0 && l2 == 0 && weightDecay == 0 && l1Bias == 0 && l2Bias == 0
                && weightDecayBias == 0 && keep == 1;
    }

    /**
     * Sets this regularisation on a layer: l1, l2, weight decay on its weights, the bias variants on its biases,
     * each list in that order (the hand {@code Step} takes them in the same order). Nothing when all are 0.
     *
     * @param layer a dense or output layer's builder
     */
    public void configure(BaseLayer.Builder<?> layer) {
        List<Regularization> weights = regularisations(l1, l2, weightDecay);
        List<Regularization> biases = regularisations(l1Bias, l2Bias, weightDecayBias);
        if (!weights.isEmpty()) {
            layer.regularization(weights);
        }
        if (!biases.isEmpty()) {
            layer.regularizationBias(biases);
        }
    }

    /**
     * Sets this regularisation on a hidden layer, and, with keep p &lt; 1, dropout on its input: a
     * {@link GivenMaskDropout} whose mask at iteration t is {@code masks.kept(t, layer, …)}. The output layer gets
     * {@link #configure(BaseLayer.Builder)} only: its input is not dropped (the hand-written twin drops the input of
     * every hidden layer, no more).
     *
     * @param dense a dense layer's builder
     * @param layer its index, 0 at the input side
     * @param masks where the masks come from (the hand-written twin draws the same ones)
     */
    public void configure(BaseLayer.Builder<?> dense, int layer, DropoutMasks masks) {
        configure(dense);
        if (keep < 1) {
            double p = keep;
            dense.dropOut(new GivenMaskDropout(p, (iteration, rows, columns) ->
                    masks.kept(iteration, layer, rows, columns, p)));          // x' = x ⊙ m/p, m of (t, layer)
        }
    }

    private static List<Regularization> regularisations(double l1, double l2, double weightDecay) {
        List<Regularization> list = new ArrayList<>();
        if (l1 > 0) {
            list.add(new L1Regularization(l1));              // g ← c·sign(θ) + g, before the updater
        }
        if (l2 > 0) {
            list.add(new L2Regularization(l2));              // g ← c·θ + g, before the updater
        }
        if (weightDecay > 0) {
            list.add(new WeightDecay(weightDecay, true));    // u ← c·η·θ + u, after the updater
        }
        return list;
    }
}
