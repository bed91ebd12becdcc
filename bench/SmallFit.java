import org.deeplearning4j.nn.conf.*;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * DL4J's bare {@code net.fit(x, y)} on the smallest network (1 input, 1 output, identity, MSE, 7 rows): 10,000 steps
 * per round, each round's µs per step and the process's resident memory, then the collectors' counts and times.
 * What it measured (docs/performance.md, "The collector's share"): the collector's time comes from the objects
 * ND4J and JavaCPP keep per native array until a collection has found the array dead; JavaCPP's
 * {@code -Dorg.bytedeco.javacpp.nopointergc=true} removes that cost and leaks the memory instead (RSS grows by
 * about 16 KB a step). Run from the project root after a build:
 * <pre>
 * java -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "compare/target/nnbasics.jar:compare/target/lib/*" \
 *   bench/SmallFit.java base
 * java -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.bytedeco.javacpp.nopointergc=true \
 *   -cp "compare/target/nnbasics.jar:compare/target/lib/*" bench/SmallFit.java nopointergc
 * </pre>
 * The first argument is a label; "nows" in it turns DL4J's workspaces off.
 */
public class SmallFit {
    public static void main(String[] a) throws Exception {
        String mode = a.length > 0 ? a[0] : "base";
        nnbasics.dl4j.runtime.Nd4jRuntime.configure();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.DOUBLE)
            .weightInit(WeightInit.ZERO).updater(new Sgd(0.01)).biasUpdater(new Sgd(0.01)).miniBatch(true);
        if (mode.contains("nows")) b.trainingWorkspaceMode(WorkspaceMode.NONE).inferenceWorkspaceMode(WorkspaceMode.NONE);
        MultiLayerConfiguration c = b.list().layer(new OutputLayer.Builder(LossFunction.MSE).nIn(1).nOut(1)
            .activation(Activation.IDENTITY).build()).build();
        MultiLayerNetwork net = new MultiLayerNetwork(c); net.init();
        INDArray x = Nd4j.create(new double[][]{{1},{2},{3},{4},{5},{6},{7}});
        INDArray y = Nd4j.create(new double[][]{{2},{4},{6},{8},{10},{12},{14}});
        System.out.println("periodicGc=" + Nd4j.getMemoryManager().isPeriodicGcActive() + " window=" + Nd4j.getMemoryManager().getAutoGcWindow());
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            double s = 0;
            for (int i = 0; i < 10000; i++) { net.fit(x, y); s += net.score(); }
            long t1 = System.nanoTime();
            String rss = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS")).findFirst().get(); System.out.printf("%s round %d: %.1f us/step (%.3g) %s%n", mode, round, (t1 - t0) / 1e4 / 1e3, s, rss);
        }
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans())
            System.out.println(gc.getName() + " " + gc.getCollectionCount() + " " + gc.getCollectionTime() + " ms");
    }
}
