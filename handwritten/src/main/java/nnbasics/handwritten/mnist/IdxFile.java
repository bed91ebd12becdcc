package nnbasics.handwritten.mnist;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * One IDX file as read: its dimensions and its data, one unsigned byte per value, in row-major order.
 * The data array is shared, not copied (the training images are 47 MB): treat it as read-only.
 *
 * @param path       where it was read from
 * @param dimensions the sizes from the header, outermost first: [count] for labels, [count, rows, columns] for images
 * @param data       the values, {@code Π dimensions} bytes; read them with {@link #unsigned(int)}
 */
public record IdxFile(Path path, int[] dimensions, byte[] data) {

    /** @throws IllegalArgumentException if {@code data} does not hold Π dimensions bytes */
    public IdxFile {
        dimensions = dimensions.clone();
        long expected = 1;
        for (int size : dimensions) {
            expected *= size;
        }
        if (expected != data.length) {
            throw new IllegalArgumentException("dimensions " + Arrays.toString(dimensions) + " need " + expected
                    + " bytes, data has " + data.length);
        }
    }

    /** @return a copy of the sizes, outermost first */
    @Override
    public int[] dimensions() {
        return dimensions.clone();
    }

    /** @return the number of items: the first dimension */
    public int count() {
        return dimensions[0];
    }

    /**
     * @param index position in the row-major data
     * @return the value there, 0–255 (IDX type 0x08 is an unsigned byte; Java's byte is signed)
     */
    public int unsigned(int index) {
        return data[index] & 0xFF;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdxFile that
                && path.equals(that.path)
                && Arrays.equals(dimensions, that.dimensions)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * path.hashCode() + Arrays.hashCode(dimensions)) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "IdxFile[path=" + path + ", dimensions=" + Arrays.toString(dimensions) + "]";
    }
}
