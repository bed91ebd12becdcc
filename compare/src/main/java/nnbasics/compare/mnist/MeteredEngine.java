package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Engine;
import nnbasics.compare.Tensor;

/**
 * An MNIST engine that adds up, per epoch, its own steps' wall time and batch losses (each loss before its update).
 * Everything else is the engine's; {@link #startingFrom} gives the engine's own copy, unmetered, so the step proof's
 * extra step is not counted as training time.
 */
final class MeteredEngine implements MnistEngine {

    private final MnistEngine engine;
    private long nanos;
    private double lossSum;

    MeteredEngine(MnistEngine engine) {
        this.engine = engine;
    }

    /** @return the seconds of the steps since the last call, and starts counting again */
    double takeSeconds() {
        double seconds = nanos / 1e9;
        nanos = 0;
        return seconds;
    }

    /** @return the sum of the batch losses since the last call, and starts again */
    double takeLossSum() {
        double sum = lossSum;
        lossSum = 0;
        return sum;
    }

    @Override
    public double step(int k) {
        long start = System.nanoTime();
        double loss = engine.step(k);
        nanos += System.nanoTime() - start;
        lossSum += loss;
        return loss;
    }

    @Override
    public double step() {
        long start = System.nanoTime();
        double loss = engine.step();
        nanos += System.nanoTime() - start;
        lossSum += loss;
        return loss;
    }

    @Override
    public Engine startingFrom(List<Tensor> parameters) {
        return engine.startingFrom(parameters);
    }

    @Override
    public Engine startingFrom(List<Tensor> parameters, List<Tensor> state, int iteration) {
        return engine.startingFrom(parameters, state, iteration);
    }

    @Override
    public List<Tensor> state() {
        return engine.state();
    }

    @Override
    public int iteration() {
        return engine.iteration();
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public double loss() {
        return engine.loss();
    }

    @Override
    public List<Tensor> parameters() {
        return engine.parameters();
    }

    @Override
    public int[] sizes() {
        return engine.sizes();
    }

    @Override
    public double testAccuracy() {
        return engine.testAccuracy();
    }

    @Override
    public int[][] confusion() {
        return engine.confusion();
    }
}
