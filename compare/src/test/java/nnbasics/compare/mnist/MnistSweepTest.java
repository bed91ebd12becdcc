package nnbasics.compare.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nnbasics.handwritten.mnist.MnistData;
import org.junit.jupiter.api.Test;

/** The part of {@link MnistSweep} that needs no training: the silent-unit count. */
class MnistSweepTest {

    /**
     * Four units on two images, z_k = Σ_j x_j·W1[j][k] + b1_k worked out by hand: unit 0 fires on image 0
     * (z = 1·0.5 = 0.5); unit 1 on none (z = 1·(−0.5) − 0.1 = −0.6, then 0.5·(−0.5) − 0.1 = −0.35); unit 2 on none
     * (z = 0 exactly, and ReLU(0) = 0); unit 3 only on image 1 (z = −0.5, then 1·1 − 0.5 = 0.5).
     */
    @Test
    void aUnitIsSilentWhenItsPreActivationIsAtMostZeroOnEveryImage() {
        int units = 4;
        double[] images = new double[2 * MnistData.PIXELS];
        images[0] = 1.0;                                   // image 0: pixel 0
        images[MnistData.PIXELS + 1] = 0.5;                // image 1: pixel 1 at 0.5
        images[MnistData.PIXELS + 2] = 1.0;                //          pixel 2 at 1
        double[] w1 = new double[MnistData.PIXELS * units];
        w1[0 * units + 0] = 0.5;
        w1[0 * units + 1] = -0.5;
        w1[1 * units + 1] = -0.5;
        w1[2 * units + 3] = 1.0;
        double[] b1 = {0, -0.1, 0, -0.5};
        MnistData data = new MnistData(images, new int[] {0, 1}, 2);
        assertEquals(List.of(1, 2), MnistSweep.silentUnits(w1, b1, data));
        assertThrows(IllegalArgumentException.class, () -> MnistSweep.silentUnits(new double[3], b1, data));
    }
}
