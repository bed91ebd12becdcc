package nnbasics.handwritten.mnist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads IDX files by hand (the format of the MNIST files, described on Y. LeCun's MNIST page).
 *
 * <pre>
 * offset  size  content
 * 0       2     0x00 0x00
 * 2       1     the type of a value: 0x08 = unsigned byte (the only type MNIST uses)
 * 3       1     d, the number of dimensions: 1 for labels, 3 for images
 * 4       4·d   the size of each dimension, a 32-bit big-endian integer, outermost first
 * 4 + 4·d Π     the values, one unsigned byte each, row-major (the last dimension varies fastest)
 * </pre>
 *
 * So the magic number, bytes 0–3 read as one big-endian integer, is 0x00000803 for images and 0x00000801 for labels,
 * and a file of n images of 28 × 28 is exactly 16 + 784·n bytes. Anything else is an {@link IdxFormatException}.
 */
public final class IdxReader {

    /** Magic number of an unsigned-byte file with 3 dimensions: images. */
    public static final int IMAGES_MAGIC = 0x00000803;

    /** Magic number of an unsigned-byte file with 1 dimension: labels. */
    public static final int LABELS_MAGIC = 0x00000801;

    /** MNIST images are 28 × 28 pixels. */
    public static final int SIDE = 28;

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /**
     * Reads an images file: magic 0x00000803, dimensions n × 28 × 28.
     *
     * @param file the IDX file, e.g. {@code train-images-idx3-ubyte}
     * @return its n × 28 × 28 pixels, 0 (background) to 255 (ink)
     * @throws IdxFormatException if it is not such a file
     */
    public static IdxFile images(Path file) {
        IdxFile idx = read(file, IMAGES_MAGIC);
        int[] d = idx.dimensions();
        if (d[1] != SIDE || d[2] != SIDE) {
            throw new IdxFormatException(file, "wrong dimensions: expected images of " + SIDE + "×" + SIDE
                    + ", found " + d[0] + " images of " + d[1] + "×" + d[2]);
        }
        return idx;
    }

    /**
     * Reads a labels file: magic 0x00000801, one dimension.
     *
     * @param file the IDX file, e.g. {@code train-labels-idx1-ubyte}
     * @return its n labels (not checked to be digits here: see {@link MnistData#load})
     * @throws IdxFormatException if it is not such a file
     */
    public static IdxFile labels(Path file) {
        return read(file, LABELS_MAGIC);
    }

    /**
     * Reads any unsigned-byte IDX file with the given magic number.
     *
     * @param file          the file
     * @param expectedMagic 0x000008dd with dd the number of dimensions
     * @throws IdxFormatException   if the magic number differs, the header is cut short, or the file does not hold
     *                              exactly Π dimensions bytes after the header
     * @throws UncheckedIOException if the file cannot be read
     */
    public static IdxFile read(Path file, int expectedMagic) {
        int dimensionCount = expectedMagic & 0xFF;
        int headerBytes = 4 + 4 * dimensionCount;
        try (InputStream in = Files.newInputStream(file)) {
            long fileBytes = Files.size(file);
            byte[] header = in.readNBytes(headerBytes);
            if (header.length < 4) {
                throw new IdxFormatException(file, "truncated: expected a " + headerBytes + "-byte header starting with"
                        + " the magic number " + hex(expectedMagic) + ", found a file of " + fileBytes + " bytes");
            }
            int magic = bigEndian(header, 0);
            if (magic != expectedMagic) {
                throw new IdxFormatException(file, "bad magic number " + hex(magic) + ", expected " + hex(expectedMagic)
                        + " (" + describe(expectedMagic) + ")" + gzipHint(header));
            }
            if (header.length < headerBytes) {
                throw new IdxFormatException(file, "truncated: expected a " + headerBytes + "-byte header ("
                        + dimensionCount + " sizes after the magic number), found a file of " + fileBytes + " bytes");
            }
            int[] dimensions = new int[dimensionCount];
            long values = 1;
            for (int i = 0; i < dimensionCount; i++) {
                dimensions[i] = bigEndian(header, 4 + 4 * i);
                if (dimensions[i] < 0) {
                    throw new IdxFormatException(file, "bad size " + Integer.toUnsignedString(dimensions[i])
                            + " of dimension " + i + ": larger than this reader supports");
                }
                values *= dimensions[i];
                if (values > Integer.MAX_VALUE - headerBytes) {
                    throw new IdxFormatException(file, "dimensions " + Arrays.toString(Arrays.copyOf(dimensions, i + 1))
                            + " hold more values than one Java array can");
                }
            }
            long expectedBytes = headerBytes + values;
            if (fileBytes != expectedBytes) {
                throw new IdxFormatException(file, "expected " + expectedBytes + " bytes for "
                        + content(expectedMagic, dimensions) + ", found " + fileBytes
                        + (fileBytes < expectedBytes ? " (truncated)" : " (extra bytes at the end)"));
            }
            byte[] data = in.readNBytes((int) values);
            if (data.length != values) {                 // the file shrank while we read it
                throw new IdxFormatException(file, "expected " + expectedBytes + " bytes for "
                        + content(expectedMagic, dimensions) + ", could read only " + (headerBytes + data.length));
            }
            return new IdxFile(file, dimensions, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return bytes[at..at+3] as a 32-bit big-endian integer (the most significant byte first) */
    private static int bigEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | (bytes[at + 3] & 0xFF);
    }

    private static String hex(int value) {
        return String.format("0x%08X", value);
    }

    private static String describe(int magic) {
        return switch (magic) {
            case IMAGES_MAGIC -> "unsigned-byte images, 3 dimensions";
            case LABELS_MAGIC -> "unsigned-byte labels, 1 dimension";
            default -> "type 0x" + Integer.toHexString(magic >> 8 & 0xFF) + ", " + (magic & 0xFF) + " dimensions";
        };
    }

    private static String gzipHint(byte[] header) {
        boolean gzip = (header[0] & 0xFF) == 0x1F && (header[1] & 0xFF) == 0x8B;
        boolean wrongType = header[0] == 0 && header[1] == 0 && header[2] != UNSIGNED_BYTE;
        return gzip ? "; the file is gzip-compressed: gunzip it first" : wrongType ? "; only unsigned-byte data is read" : "";
    }

    private static String content(int magic, int[] dimensions) {
        if (magic == IMAGES_MAGIC) {
            return dimensions[0] + " images of " + dimensions[1] + "×" + dimensions[2];
        }
        if (magic == LABELS_MAGIC) {
            return dimensions[0] + " labels";
        }
        return "dimensions " + Arrays.toString(dimensions);
    }
}
