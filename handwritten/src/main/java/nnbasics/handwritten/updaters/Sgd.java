package nnbasics.handwritten.updaters;

import java.util.Map;

/**
 * Plain gradient descent (DL4J's {@code Sgd}): no state.
 *
 * <pre>
 * u = η·g
 * </pre>
 */
public final class Sgd implements Updater {

    /** DL4J's {@code Sgd.DEFAULT_SGD_LR}. */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    private final int size;
    private final double learningRate;
    private int iteration;

    /**
     * @param size         the number of parameters
     * @param learningRate η
     */
    public Sgd(int size, double learningRate) {
        this.size = size;
        this.learningRate = learningRate;
    }

    @Override
    public double[] update(double[] gradient) {
        Updater.checkLength(gradient, size, "the gradient");
        double[] u = new double[size];
        for (int i = 0; i < size; i++) {
            u[i] = learningRate * gradient[i];                         // u = η·g
        }
        iteration++;
        return u;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public Map<String, double[]> state() {
        return States.copyOut(new String[0]);
    }

    @Override
    public void restore(int iteration, Map<String, double[]> state) {
        States.checkIteration(iteration);
        States.copyIn(state, new String[0]);
        this.iteration = iteration;
    }
}
