package nnbasics.handwritten.mnist;

import java.util.SplittableRandom;

/** Random MNIST-shaped data and parameters, seeded: about 80% zero pixels like the real images. */
public final class SyntheticDigits {

    private SyntheticDigits() {
    }

    /** @return n images whose pixels are 0 with probability 0.8, else k/255 for k uniform in 1…255 */
    public static MnistData data(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] images = new double[n * MnistData.PIXELS];
        for (int i = 0; i < images.length; i++) {
            images[i] = random.nextDouble() < 0.8 ? 0 : random.nextInt(1, 256) / 255.0;
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(MnistData.CLASSES);
        }
        return new MnistData(images, labels, n);
    }

    /** @return {@code length} values uniform in [−scale, scale) */
    public static double[] uniform(int length, double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble(-scale, scale);
        }
        return values;
    }
}
