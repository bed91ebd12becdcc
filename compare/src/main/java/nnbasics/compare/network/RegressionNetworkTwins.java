package nnbasics.compare.network;

import java.util.List;
import java.util.function.LongConsumer;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.compare.regression.FitRequest;
import nnbasics.dl4j.regression.RegressionCsv;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.network.Network;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.network.OutputLayer;
import nnbasics.handwritten.regression.RegressionData;
import nnbasics.handwritten.updaters.Optimiser;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The one place where the two regression-network engines are built ({@code fit --hidden}). Both start from the same
 * W and b, in the units the network sees. With {@code --standardize} the features AND the target are standardised
 * (a network's start and rate do not depend on the price being in dollars), and every read-out is mapped back:
 * ŷ_raw = σ_y·ŷ + μ_y. Each side, in the same order of steps:
 *
 * <pre>
 *   read          hand: the hand-written Table's columns           dl4j: DataVec (RegressionCsv)
 *   standardise   hand: Standardizer of x, Standardizer of y        dl4j: NormalizerStandardize, fitLabel(true)
 *   engine        HandNetworkEngine(data, W, b, f, optimiser)      Dl4jNetworkEngine(data, W, b, f, MSE, optimiser)
 *   read-out      ŷ in raw units: σ_y·ŷ + μ_y                       normalizer.revertLabels(net.output(x))
 * </pre>
 *
 * @param hand the hand-written side, or null when it does not run
 * @param dl4j the DL4J side, or null when it does not run
 */
public record RegressionNetworkTwins(HandSide hand, Dl4jSide dl4j) {

    /**
     * @param request    the file, columns, rows, engines and {@code --standardize} ({@code request.raw()}: the
     *                   hand-written side's columns)
     * @param activation f of the hidden layers
     * @param start      W and b of every layer, in the units the network sees
     * @param rate       η of plain gradient descent on the mean squared error
     */
    public static RegressionNetworkTwins of(FitRequest request, HiddenActivation activation, NetworkStart start,
                                            double rate, LongConsumer dl4jReading) {
        return of(request, activation, start, Optimiser.sgd(rate), dl4jReading);
    }

    /**
     * The same with the step an optimiser describes, the same recipe for both engines.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation, dropout and its masks
     */
    public static RegressionNetworkTwins of(FitRequest request, HiddenActivation activation, NetworkStart start,
                                            Optimiser optimiser, LongConsumer dl4jReading) {
        HandSide hand = request.engine().runsHand()
                ? HandSide.of(request.raw(), request.standardize(), activation, start, optimiser) : null;
        Dl4jSide dl4j = null;
        if (request.engine().runsDl4j()) {
            RegressionCsv csv = RegressionCsv.read(request.data(), request.features(), request.target(),
                    request.rows(), dl4jReading);
            dl4j = Dl4jSide.of(csv.features(), csv.targets(), request.standardize(), activation, start, optimiser);
        }
        return new RegressionNetworkTwins(hand, dl4j);
    }

    /** "1 → 8 tanh → 1 identity", from the widths. */
    public static String architecture(int[] sizes, HiddenActivation activation) {
        StringBuilder s = new StringBuilder().append(sizes[0]);
        for (int l = 1; l < sizes.length; l++) {
            s.append(" → ").append(sizes[l]).append(' ')
                    .append(l + 1 == sizes.length ? OutputLayer.IDENTITY_MSE.label() : activation.label());
        }
        return s.toString();
    }

    /** Steps both engines together {@code steps} times. */
    public LockStepResult run(int steps, StepObserver observer) {
        return LockStep.run(hand.engine(), dl4j.engine(), steps, DivergenceGuard.none(), observer);
    }

    /**
     * The hand-written side.
     *
     * @param features the features' standardiser, or null
     * @param target   the target's standardiser (one column), or null
     * @param raw      the rows in raw units
     * @param train    the rows as the network sees them
     */
    public record HandSide(HandNetworkEngine engine, Standardizer features, Standardizer target, RegressionData raw,
                           RegressionData train, HiddenActivation activation) {

        static HandSide of(RegressionData raw, boolean standardize, HiddenActivation activation, NetworkStart start,
                           Optimiser optimiser) {
            Standardizer features = null;
            Standardizer target = null;
            RegressionData train = raw;
            if (standardize) {
                double[][] columns = new double[raw.featureCount()][];
                for (int j = 0; j < columns.length; j++) {
                    columns[j] = raw.column(j);
                }
                features = Standardizer.fitColumns(columns);                   // μ_j, σ_j of each feature
                target = Standardizer.fitColumns(new double[][] {raw.targets()}); // μ_y, σ_y
                train = RegressionData.ofColumns(features.transformColumns(columns),
                        target.transformColumns(new double[][] {raw.targets()})[0]);   // z = (x − μ)/σ, the same for y
            }
            return new HandSide(new HandNetworkEngine(train, start.weights(), start.biases(), activation, optimiser),
                    features, target, raw, train, activation);
        }

        /** @return the network at the current parameters (a copy), in the units it trains in */
        public Network network() {
            return new Network(engine.weights(), engine.biases(), activation.hand(), OutputLayer.IDENTITY_MSE);
        }

        /**
         * @param rawRows rows of raw features, [row][feature]
         * @return ŷ in raw units: the features standardised, the network's output, then σ_y·ŷ + μ_y
         */
        public double[] predict(double[][] rawRows) {
            double[][] z = features == null ? rawRows : features.transform(rawRows);
            double[][] out = network().predictions(z);
            double[] y = new double[out.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = target == null ? out[i][0]
                        : target.standardDeviations()[0] * out[i][0] + target.means()[0];   // σ_y·ŷ + μ_y
            }
            return y;
        }

        /** @return the mean squared error on the raw rows, in the target's units squared: (1/N) Σ (ŷ_raw − y)² */
        public double rawMse() {
            double[] predictions = predict(raw.features());
            double sum = 0;
            for (int i = 0; i < predictions.length; i++) {
                double e = predictions[i] - raw.targets()[i];
                sum += e * e;
            }
            return sum / predictions.length;
        }
    }

    /**
     * The DL4J side: DataVec's reader, ND4J's {@link NormalizerStandardize} fitted on the features and the target
     * ({@code fitLabel(true)}), which maps the outputs back itself ({@code revertLabels}).
     */
    public record Dl4jSide(Dl4jNetworkEngine engine, NormalizerStandardize normalizer, INDArray rawFeatures,
                           INDArray rawTargets) {

        static Dl4jSide of(INDArray x, INDArray y, boolean standardize, HiddenActivation activation,
                           NetworkStart start, Optimiser optimiser) {
            DataSet train = new DataSet(x.castTo(DataType.DOUBLE).dup(), y.castTo(DataType.DOUBLE).dup());
            NormalizerStandardize normalizer = null;
            if (standardize) {
                normalizer = new NormalizerStandardize();
                normalizer.fitLabel(true);                // the target too: ŷ is reverted with revertLabels
                normalizer.fit(train);                    // μ, σ of every feature and of the target
                normalizer.preProcess(train);             // z = (x − μ)/σ, in place, features and labels
            }
            return new Dl4jSide(new Dl4jNetworkEngine(train, start.weights(), start.biases(), activation,
                    LossFunction.MSE, optimiser), normalizer, x, y);
        }

        /**
         * @param rawRows raw features [rows, nIn]
         * @return ŷ in raw units: normalizer.transform, net.output, normalizer.revertLabels
         */
        public double[] predict(INDArray rawRows) {
            INDArray x = rawRows.castTo(DataType.DOUBLE).dup();
            if (normalizer != null) {
                normalizer.transform(x);
            }
            INDArray out = engine.network().output(x, false);
            if (normalizer != null) {
                normalizer.revertLabels(out);             // σ_y·ŷ + μ_y
            }
            return out.reshape(-1).toDoubleVector();
        }

        /** @return (1/N) Σ (ŷ_raw − y)² on the raw rows, by ND4J */
        public double rawMse() {
            INDArray predictions = Nd4j.create(predict(rawFeatures), new long[] {rawFeatures.size(0), 1},
                    DataType.DOUBLE);
            INDArray errors = predictions.sub(rawTargets.castTo(DataType.DOUBLE));
            return errors.mul(errors).meanNumber().doubleValue();
        }
    }

    /** The engines that ran, for messages. */
    List<String> sides() {
        return hand == null ? List.of("dl4j") : dl4j == null ? List.of("hand") : List.of("hand", "dl4j");
    }
}
