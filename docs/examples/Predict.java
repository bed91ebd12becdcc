import java.io.File;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

/** Usage: java Predict MODEL_DIR x1 x2 …   (the raw features of one row, in the model's order) */
public class Predict {
    public static void main(String[] args) throws Exception {
        File zip = new File(args[0], "dl4j-network.zip");
        MultiLayerNetwork net = MultiLayerNetwork.load(zip, false);
        DataNormalization scaler = ModelSerializer.restoreNormalizerFromFile(zip);  // null if not standardised
        double[] x = new double[args.length - 1];
        for (int j = 0; j < x.length; j++) x[j] = Double.parseDouble(args[j + 1]);
        var features = Nd4j.create(new double[][] {x});
        if (scaler != null) scaler.transform(features);
        var output = net.output(features);
        if (scaler != null && scaler.isFitLabel()) scaler.revertLabels(output);  // a regression: ŷ in raw units
        for (double v : output.toDoubleVector()) System.out.println(v);  // p of each class, or the predicted target
    }
}
