package nnbasics.dl4j.data;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A mini-batch gathered from training arrays the way a DL4J training loop feeds {@code net.fit(x, y)}: rows picked
 * by index with one native gather each ({@code Nd4j.pullRows}) into buffers made once and reused, step after step
 * (a second pair for an epoch's shorter last batch).
 *
 * <pre>
 * x = features[rows, :]     [B, nIn]
 * y = labels[rows, :]       [B, K]
 * </pre>
 *
 * Not thread-safe: the arrays it returns are overwritten by the next call.
 */
public final class BatchRows {

    private final INDArray features;
    private final INDArray labels;
    private INDArray batchFeatures;
    private INDArray batchLabels;
    private INDArray shortFeatures;
    private INDArray shortLabels;

    /**
     * @param features the training features [N, nIn], shared, not copied
     * @param labels   the training labels or targets [N, K], shared, not copied
     */
    public BatchRows(INDArray features, INDArray labels) {
        this.features = features;
        this.labels = labels;
    }

    /**
     * @param rows indices into the training data, at least one (a row may repeat)
     * @return x [B, nIn] and y [B, K], B = rows.length, in the arrays' data type
     * @throws IllegalArgumentException for no rows or an index outside the data
     */
    public INDArray[] gather(int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one row");
        }
        for (int r : rows) {
            if (r < 0 || r >= features.size(0)) {
                throw new IllegalArgumentException("row " + r + " is outside the " + features.size(0)
                        + " training rows");
            }
        }
        INDArray x;
        INDArray y;
        if (batchFeatures == null || batchFeatures.size(0) == rows.length) {
            if (batchFeatures == null) {
                batchFeatures = Nd4j.create(features.dataType(), rows.length, features.size(1));
                batchLabels = Nd4j.create(labels.dataType(), rows.length, labels.size(1));
            }
            x = batchFeatures;
            y = batchLabels;
        } else {
            if (shortFeatures == null || shortFeatures.size(0) != rows.length) {
                shortFeatures = Nd4j.create(features.dataType(), rows.length, features.size(1));
                shortLabels = Nd4j.create(labels.dataType(), rows.length, labels.size(1));
            }
            x = shortFeatures;
            y = shortLabels;
        }
        Nd4j.pullRows(features, x, 1, rows);   // one native gather each: x [B, nIn], y [B, K]
        Nd4j.pullRows(labels, y, 1, rows);
        return new INDArray[] {x, y};
    }
}
