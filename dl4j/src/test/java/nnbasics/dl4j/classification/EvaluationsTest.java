package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class EvaluationsTest {

    /** A constant classifier: W = 0, so every house gets the class whose bias is larger. */
    private static ConfusionMatrix constantClassifier(double[] bias) {
        DataSet houses = Houses.labelled();
        MultiLayerNetwork net = SoftmaxModel.build(2, 2, LossFunction.MCXENT, 0.1);
        SoftmaxModel.setParameters(net, new double[2][2], bias);
        return Evaluations.evaluate(net, houses, Houses.CLASSES);
    }

    @Test
    void alwaysGoodIsRightForTheSevenGoodHouses() {
        ConfusionMatrix result = constantClassifier(new double[] {0, 1});
        // The file: 3 bad and 7 good houses (classes sorted: bad, good); all predicted good (column 1). Rows are
        // actual, columns predicted.
        assertArrayEquals(new int[][] {{0, 3}, {0, 7}}, result.counts(), "counts[actual][predicted]");
        assertEquals(0.7, result.accuracy(), 0.0, "accuracy 7/10");
        assertEquals(10, result.total(), "total");
        assertEquals(Houses.CLASSES, result.classes(), "class names");
    }

    @Test
    void alwaysBadIsRightForTheThreeBadHouses() {
        ConfusionMatrix result = constantClassifier(new double[] {1, 0});
        // The file: 3 bad and 7 good houses; all predicted bad (column 0).
        assertArrayEquals(new int[][] {{3, 0}, {7, 0}}, result.counts(), "counts[actual][predicted]");
        assertEquals(0.3, result.accuracy(), 0.0, "accuracy 3/10");
    }
}
