package nnbasics.handwritten.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import nnbasics.handwritten.mnist.IdxFiles;
import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.mnist.MnistFilesOnDisk;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact index training reads instead of the images' doubles (NonzeroPixels: a pixel's index and its byte)
 * holds exactly the images: every nonzero pixel, in order, and through the byte table the very same double bits
 * as {@link MnistData#images()}. Expected values: the images themselves, as {@link MnistData#load} made them.
 */
class NonzeroPixelsTest {

    /**
     * Asserts that the index lists exactly the nonzero pixels of every image, increasing, with their bits (a plain
     * comparison first and a message only on a difference: there are millions of entries).
     */
    private static void assertSameImages(MnistData data, NonzeroPixels ink) {
        double[] x = data.images();
        for (int i = 0; i < data.count(); i++) {
            int p = ink.starts()[i];
            for (int j = 0; j < MnistData.PIXELS; j++) {
                double value = x[i * MnistData.PIXELS + j];
                if (value == 0) {
                    continue;
                }
                if (p >= ink.starts()[i + 1] || ink.pixels()[p] != j) {
                    fail("image " + i + ": pixel " + j + " is not entry " + p + " of the index");
                }
                if (Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(ink.value(p))) {
                    fail("image " + i + ", pixel " + j + ": " + value + " in the images, " + ink.value(p)
                            + " from the index");
                }
                p++;
            }
            if (p != ink.starts()[i + 1]) {
                fail("image " + i + ": the index has more entries than nonzero pixels");
            }
        }
    }

    @Test
    void everyByteValueComesBackAsTheDoubleLoadMakes(@TempDir Path dir) throws IOException {
        // IdxFiles.images(1): pixel j holds the byte j mod 256, so the image has every byte 0-255, most three times
        MnistData data = MnistData.load(IdxFiles.write(dir, "images", IdxFiles.images(1)),
                IdxFiles.write(dir, "labels", IdxFiles.labels(7)));
        NonzeroPixels ink = NonzeroPixels.of(data);
        assertEquals(MnistData.PIXELS - 4, ink.pixels().length, "784 pixels, of which 4 (j = 0, 256, 512, 768) are 0");
        assertSameImages(data, ink);
    }

    @Test
    void theRealImagesComeBackBitForBit() {
        MnistData test = MnistData.test(MnistFilesOnDisk.dir());     // 10,000 images, 1.5 million nonzero pixels
        assertSameImages(test, NonzeroPixels.of(test));
    }

    @Test
    void aPixelThatIsNotAByteOver255IsNamed() {
        double[] images = new double[2 * MnistData.PIXELS];
        images[MnistData.PIXELS + 5] = 0.5;                 // 127.5 / 255: no byte gives it
        MnistData data = new MnistData(images, new int[] {0, 1}, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NonzeroPixels.of(data));
        assertEquals("image 1, pixel 5: 0.5 is not a byte / 255, as MnistData.load scales the files' pixels",
                e.getMessage());
    }
}
