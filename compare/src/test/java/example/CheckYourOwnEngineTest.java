package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.Engine;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.compare.Tensor;
import nnbasics.compare.Tolerances;
import nnbasics.compare.regression.Dl4jRegressionEngine;
import org.junit.jupiter.api.Test;

/**
 * How a user checks a model of their own against DL4J, using only the library's public API (this test sits in a
 * package of its own, as a user's code would; README shows it): implement {@link Engine}, run it in lock-step
 * with the DL4J twin, read the difference.
 */
class CheckYourOwnEngineTest {

    /** The guide's first three houses: area (sq ft) and price ($1000), docs/guide.md and data/houses.csv. */
    static final double[][] AREA = {{2104}, {1600}, {2400}};
    static final double[] PRICE = {399.9, 329.9, 369.0};
    /** The guide's section-4 rates on MSE without ½ (1e−8 and 1 on ½·MSE, README's `--lr 5e-9,0.5`). */
    static final double WEIGHT_RATE = 5e-9;
    static final double BIAS_RATE = 0.5;
    static final int STEPS = 1000;

    /** A user's linear regression, y ≈ w·x + b by full-batch gradient descent on L = (1/N) Σ (ŷ − y)². */
    static final class MyLinearRegression implements Engine {
        private final double[][] x;
        private final double[] y;
        private final double gradientFactor;
        private double w;
        private double b;

        /** @param gradientFactor 2 for the true gradient of the MSE; anything else is a bug to be found */
        MyLinearRegression(double[][] x, double[] y, double gradientFactor) {
            this.x = x;
            this.y = y;
            this.gradientFactor = gradientFactor;
        }

        @Override
        public String name() {
            return "mine";
        }

        @Override
        public double loss() {
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                double e = w * x[i][0] + b - y[i];
                sum += e * e;
            }
            return sum / y.length;
        }

        /** One update; returns the loss before it, as DL4J's score after fit does. */
        @Override
        public double step() {
            double before = loss();
            double gw = 0;
            double gb = 0;
            for (int i = 0; i < y.length; i++) {
                double e = w * x[i][0] + b - y[i];
                gw += gradientFactor * e * x[i][0] / y.length;
                gb += gradientFactor * e / y.length;
            }
            w -= WEIGHT_RATE * gw;
            b -= BIAS_RATE * gb;
            return before;
        }

        /** The same model from another engine's w and b: the step proof's one step from DL4J's state. */
        @Override
        public Engine startingFrom(List<Tensor> parameters) {
            MyLinearRegression copy = new MyLinearRegression(x, y, gradientFactor);
            copy.w = Engine.values(parameters, "w")[0];
            copy.b = Engine.values(parameters, "b")[0];
            return copy;
        }

        /** Named and grouped as the DL4J twin names its tensors: w and b, one layer. */
        @Override
        public List<Tensor> parameters() {
            return Tensor.layer("w", new double[] {w}, "b", new double[] {b}, "layer");
        }
    }

    private static LockStepResult againstDl4j(Engine mine) {
        Engine dl4j = new Dl4jRegressionEngine(AREA, PRICE, new double[] {0}, 0, new double[] {WEIGHT_RATE},
                BIAS_RATE, true);
        return LockStep.run(mine, dl4j, STEPS, DivergenceGuard.none(), StepObserver.NONE);
    }

    @Test
    void aCorrectImplementationAgreesWithDl4jAtEveryStep() {
        LockStepResult result = againstDl4j(new MyLinearRegression(AREA, PRICE, 2));
        Difference worst = result.stepProof();
        System.out.println("my engine against DL4J, every step from the same state: " + worst.describe());
        assertEquals(STEPS, result.steps());
        assertTrue(!worst.exceeds(Tolerances.step(AREA.length)), worst.describe());
    }

    @Test
    void aWrongGradientIsCaughtWithTheTensorAndTheStep() {
        // the gradient of ½·MSE on a loss without ½: every update half as large as DL4J's
        Difference worst = againstDl4j(new MyLinearRegression(AREA, PRICE, 1)).stepProof();
        assertTrue(worst.exceeds(Tolerances.step(AREA.length)), worst.describe());
        assertTrue(List.of("w", "b").contains(worst.tensor()), worst.describe());
        assertEquals(1, worst.step(), "seen at the first update: " + worst.describe());
    }
}
