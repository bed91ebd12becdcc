package nnbasics.handwritten.mnist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small IDX files written byte by byte, for the reader's tests. */
public final class IdxFiles {

    private IdxFiles() {
    }

    /** @return the bytes of an IDX file: magic, the sizes (big-endian, as {@link ByteBuffer} writes by default), data */
    public static byte[] idx(int magic, int[] dimensions, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dimensions.length + data.length);
        buffer.putInt(magic);
        for (int size : dimensions) {
            buffer.putInt(size);
        }
        buffer.put(data);
        return buffer.array();
    }

    /** @return n images of 28 × 28 whose pixel j of image i is (i + j) mod 256 */
    public static byte[] images(int n) {
        byte[] pixels = new byte[n * MnistData.PIXELS];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i / MnistData.PIXELS + i % MnistData.PIXELS);
        }
        return idx(IdxReader.IMAGES_MAGIC, new int[] {n, 28, 28}, pixels);
    }

    /** @return an IDX labels file holding {@code labels} */
    public static byte[] labels(int... labels) {
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            data[i] = (byte) labels[i];
        }
        return idx(IdxReader.LABELS_MAGIC, new int[] {labels.length}, data);
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
