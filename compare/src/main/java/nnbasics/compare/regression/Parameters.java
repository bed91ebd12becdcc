package nnbasics.compare.regression;

import java.util.List;
import nnbasics.compare.Tensor;

/** The tensors shared by the regression engines: {@code w} (one per feature) and {@code b}, one layer. */
final class Parameters {

    private Parameters() {
    }

    static List<Tensor> tensors(double[] weights, double bias) {
        return Tensor.layer("w", weights.clone(), "b", new double[] {bias}, "layer");
    }
}
