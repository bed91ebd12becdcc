package nnbasics.dl4j.network;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link Network}'s parameters read in bulk: {@code net.params()} is the network's one flat parameter buffer,
 * per layer W in 'f' order ([nIn, nOut], W_jk at j + k·nIn) and then b (DL4J's {@code DefaultParamInitializer}).
 * One {@code data().asDouble()} copies it out and the weights are reordered in Java into [j·nOut + k]: the same
 * numbers as {@link Network#weights}/{@link Network#biases} (pinned by a test), without 100,000 calls of
 * {@code getDouble} and without a native allocation per read.
 *
 * @param weights W of every layer, input side first, flat row-major: W_jk at [j·nOut + k]
 * @param biases  b of every layer, input side first
 */
public record ParameterBuffer(List<double[]> weights, List<double[]> biases) {

    /**
     * @param net   the network
     * @param sizes nIn, the hidden widths…, K
     * @return W and b of every layer from one bulk copy of the buffer
     * @throws IllegalStateException if the buffer does not hold exactly the layers' W and b
     */
    static ParameterBuffer read(MultiLayerNetwork net, int[] sizes) {
        double[] all = copy(net.params());
        List<double[]> weights = new ArrayList<>(sizes.length - 1);
        List<double[]> biases = new ArrayList<>(sizes.length - 1);
        int at = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            double[] w = new double[nIn * nOut];
            for (int k = 0; k < nOut; k++) {
                int column = at + k * nIn;          // 'f' order: column k of W is contiguous
                for (int j = 0; j < nIn; j++) {
                    w[j * nOut + k] = all[column + j];
                }
            }
            weights.add(w);
            at += nIn * nOut;
            double[] b = new double[nOut];
            System.arraycopy(all, at, b, 0, nOut);
            biases.add(b);
            at += nOut;
        }
        if (at != all.length) {
            throw new IllegalStateException("the network holds " + all.length + " parameters, its layers "
                    + at);   // a layout this class does not know: fail rather than compare the wrong numbers
        }
        return new ParameterBuffer(weights, biases);
    }

    /** The whole buffer in one bulk copy when it is a plain double view of its data, else through a dup. */
    private static double[] copy(INDArray params) {
        long length = params.length();
        if (params.offset() == 0 && params.data().length() == length && params.dataType() == DataType.DOUBLE) {
            return params.data().asDouble();
        }
        return params.dup().data().asDouble();
    }
}
