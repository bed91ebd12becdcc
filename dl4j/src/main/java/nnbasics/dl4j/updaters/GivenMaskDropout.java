package nnbasics.dl4j.updaters;

import java.io.Serializable;

import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.annotation.JsonIgnore;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Inverted dropout on a layer's input, as DL4J's {@code dropOut(p)} applies it, but with the mask taken from a
 * {@link MaskSource} instead of libnd4j's random generator, so that the hand-written twin
 * ({@code nnbasics.handwritten.updaters.InvertedDropout}) can drop the same units at the same step.
 *
 * <pre>
 * mask_ij = 1/p where kept, 0 where dropped        p the probability to keep; 1/p rounded once (DL4J: mask.divi(p))
 * x'      = x ⊙ mask                               forward, while training (DL4J calls this for fit only)
 * ∂L/∂x   = ∂L/∂x' ⊙ mask                          backward, the same mask (rebuilt from the iteration)
 * </pre>
 *
 * Set it on a layer with {@code .dropOut(new GivenMaskDropout(p, masks))}. DL4J clones its dropout several times:
 * every clone shares the same mask source. The mask source is not written to JSON (a saved network keeps p only).
 */
public final class GivenMaskDropout implements IDropout {

    private static final long serialVersionUID = 1L;

    /** The mask of one training iteration: which units of the layer's input are kept. */
    @FunctionalInterface
    public interface MaskSource extends Serializable {
        /**
         * @param iteration the network's iteration count, 0 at the first fit
         * @param rows      the minibatch size
         * @param columns   the layer's nIn
         * @return kept[row][column], rows × columns
         */
        boolean[][] kept(int iteration, int rows, int columns);
    }

    @JsonProperty("keep")
    private final double keep;
    @JsonIgnore
    private final transient MaskSource masks;

    /**
     * @param keep  p, the probability to keep, in (0, 1]
     * @param masks where each iteration's mask comes from
     * @throws IllegalArgumentException if p is outside (0, 1]
     */
    public GivenMaskDropout(@JsonProperty("keep") double keep, MaskSource masks) {
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("the probability to keep must be in (0, 1], got " + keep);
        }
        this.keep = keep;
        this.masks = masks;
    }

    /** @return p, the probability to keep */
    public double keep() {
        return keep;
    }

    /** @return the mask of this iteration as DL4J multiplies by it: 1/p where kept, 0 where dropped */
    private INDArray mask(int iteration, long rows, long columns) {
        if (masks == null) {
            throw new IllegalStateException("this dropout has no mask source (read back from JSON?)");
        }
        boolean[][] kept = masks.kept(iteration, (int) rows, (int) columns);
        double scale = 1.0 / keep;                                     // 1/p
        double[][] values = new double[(int) rows][(int) columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                values[i][j] = kept[i][j] ? scale : 0.0;               // mask = 1/p or 0
            }
        }
        return Nd4j.createFromArray(values).castTo(DataType.DOUBLE);
    }

    @Override
    public INDArray applyDropout(INDArray input, INDArray result, int iteration, int epoch,
            LayerWorkspaceMgr workspaceMgr) {
        INDArray mask = mask(iteration, input.size(0), input.size(1));
        result.assign(input.castTo(mask.dataType()).mul(mask));        // x' = x ⊙ mask
        return result;
    }

    @Override
    public INDArray backprop(INDArray gradAtOutput, INDArray gradAtInput, int iteration, int epoch) {
        INDArray mask = mask(iteration, gradAtOutput.size(0), gradAtOutput.size(1));
        gradAtInput.assign(gradAtOutput.mul(mask));                    // ∂L/∂x = ∂L/∂x' ⊙ mask
        return gradAtInput;
    }

    @Override
    public void clear() {
        // nothing kept between calls: the mask is rebuilt from the iteration
    }

    @Override
    public GivenMaskDropout clone() {
        return new GivenMaskDropout(keep, masks);
    }
}
