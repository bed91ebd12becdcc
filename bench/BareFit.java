// DL4J trained the idiomatic way, as DL4J's own examples do: a bare `net.fit(dataSet)` loop, nothing read back
// between steps, nothing compared. The yardstick for our DL4J engine (bench/dl4j-vs-bare.sh): the same networks
// as the project's DL4J MNIST engines, configured as they are (copied here from dl4j/.../classification/SoftmaxModel.java and
// dl4j/.../network/Network.java), in DOUBLE, Sgd(rate), batch B, from the same start (zeros for softmax
// regression; for a network the project's one start, drawn by the hand-written Initialisation from --init-seed),
// on the same shuffled batches (the hand-written EpochOrder from --seed), with the project's ND4J thread settings
// (Nd4jRuntime.configure(), called first).
//
//   java -cp 'compare/target/nnbasics.jar:compare/target/lib/*' bench/BareFit.java [--epochs 3] [--hidden 128]
//        [--data data/mnist] [--seed 1] [--init-seed 1] [--batch 100] [--lr 0.5] [--gather getRows|pullRows]
//        [--reads false|true]
//
// Timed per epoch: the loop over the epoch's batches (the gather of a batch's rows and net.fit), nothing else; the
// epoch's shuffle is drawn before the clock starts. After each epoch (untimed) the test accuracy by DL4J's
// Evaluation, as the jar reports it. --gather pullRows gathers into two arrays made once (what our engine does)
// instead of getRows' new pair per step, to show what that choice costs; --reads true adds, after each fit, the
// reads of DL4J the lock-step makes between steps (net.score(), and params() copied out as SoftmaxTrainer's
// weights() and bias() or ParameterBuffer.read do), to time that piece alone.
// Prints one JSON object: {"model", "gather", "secondsPerEpoch": […], "testAccuracy": […]}.

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import nnbasics.compare.mnist.MnistModel;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.dl4j.runtime.Nd4jRuntime;
import nnbasics.handwritten.mnist.EpochOrder;
import nnbasics.handwritten.network.NetworkStart;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

public class BareFit {

    public static void main(String[] args) {
        int epochs = 3;
        int hidden = 0;
        int batch = 100;
        double rate = 0.5;
        long seed = 1;
        long initSeed = 1;
        String data = "data/mnist";
        String gather = "getRows";
        boolean reads = false;
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--epochs" -> epochs = Integer.parseInt(v);
                case "--hidden" -> hidden = Integer.parseInt(v);
                case "--batch" -> batch = Integer.parseInt(v);
                case "--lr" -> rate = Double.parseDouble(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--init-seed" -> initSeed = Long.parseLong(v);
                case "--data" -> data = v;
                case "--gather" -> gather = v;
                case "--reads" -> reads = Boolean.parseBoolean(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!gather.equals("getRows") && !gather.equals("pullRows")) {
            throw new IllegalArgumentException("--gather getRows|pullRows, got " + gather);
        }

        Nd4jRuntime.configure();                                     // the project's ND4J threads and JavaCPP check
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);  // as SoftmaxTrainer and Network do
        MnistArrays train = MnistArrays.training(Path.of(data), DataType.DOUBLE);
        MnistArrays test = MnistArrays.test(Path.of(data), DataType.DOUBLE);
        INDArray x = train.features();
        INDArray y = train.labels();

        // The configuration of SoftmaxTrainer (softmax) and Network (hidden layers), line for line.
        ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(42L)
                .dataType(DataType.DOUBLE)
                .weightInit(WeightInit.ZERO)
                .updater(new Sgd(rate))
                .biasUpdater(new Sgd(rate))
                .miniBatch(true)
                .list();
        int in = MnistArrays.PIXELS;
        if (hidden > 0) {
            layers.layer(0, new DenseLayer.Builder().nIn(in).nOut(hidden).activation(Activation.RELU)
                    .hasBias(true).build());
            in = hidden;
        }
        layers.layer(hidden > 0 ? 1 : 0, new OutputLayer.Builder(LossFunction.MCXENT).nIn(in)
                .nOut(MnistArrays.CLASSES).activation(Activation.SOFTMAX).hasBias(true).build());
        MultiLayerNetwork net = new MultiLayerNetwork(layers.build());
        net.init();
        if (hidden > 0) {   // the project's one start of a network (what `mnist --hidden` gives both engines)
            NetworkStart start = MnistModel.network(new int[] {hidden}, HiddenActivation.RELU, initSeed, rate)
                    .start();
            for (int l = 0; l < 2; l++) {
                double[][] w = start.weights().get(l);
                net.getParam(l + "_W").assign(Nd4j.create(w));   // [nIn, nOut]
                net.getParam(l + "_b").assign(Nd4j.create(start.biases().get(l)));   // rank 1 [nOut]
            }
        }

        int count = train.count();
        int perEpoch = EpochOrder.batchCount(count, batch);
        INDArray bx = null;
        INDArray by = null;
        double[] seconds = new double[epochs];
        double[] accuracy = new double[epochs];
        double sink = 0;
        for (int e = 0; e < epochs; e++) {
            int[] order = EpochOrder.of(count, seed, e);
            int[][] rows = new int[perEpoch][];
            for (int b = 0; b < perEpoch; b++) {
                rows[b] = EpochOrder.batch(order, b, batch);
            }
            long t0 = System.nanoTime();
            for (int[] r : rows) {
                if (gather.equals("getRows")) {
                    net.fit(new DataSet(x.getRows(r), y.getRows(r)));   // the idiomatic step
                } else {
                    if (bx == null || bx.size(0) != r.length) {
                        bx = Nd4j.create(DataType.DOUBLE, r.length, x.size(1));
                        by = Nd4j.create(DataType.DOUBLE, r.length, y.size(1));
                    }
                    Nd4j.pullRows(x, bx, 1, r);
                    Nd4j.pullRows(y, by, 1, r);
                    net.fit(new DataSet(bx, by));
                }
                if (reads) {   // what the lock-step reads of DL4J per step: the score, W and b (SoftmaxTrainer's
                    sink += net.score();   // weights() and bias(): two bulk copies; a network: one)
                    for (int c = hidden > 0 ? 1 : 2; c > 0; c--) {
                        sink += net.params().toDoubleVector()[0];
                    }
                }
            }
            seconds[e] = (System.nanoTime() - t0) / 1e9;
            Evaluation evaluation = new Evaluation(MnistArrays.CLASSES);
            evaluation.eval(test.labels(), net.output(test.features(), false));
            accuracy[e] = evaluation.accuracy();
        }
        String model = hidden > 0 ? "784 → " + hidden + " relu → 10 softmax" : "784 → 10 softmax";
        if (sink == 42) {
            System.err.println();   // keeps the reads from being optimised away
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"model\": \"%s\", \"gather\": \"%s\", \"reads\": %s, \"secondsPerEpoch\": %s, \"testAccuracy\": %s}",
                model, gather, reads, json(seconds), json(accuracy)));
    }

    private static String json(double[] xs) {
        return Arrays.toString(xs);
    }
}
