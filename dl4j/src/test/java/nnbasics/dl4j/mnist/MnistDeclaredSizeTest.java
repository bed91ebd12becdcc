package nnbasics.dl4j.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Headers that declare more data than the files hold are rejected before any array for that data is made: the heap
 * this thread allocates while failing stays far below the declared size (measured with
 * {@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}). The twin of the hand-written side's
 * {@code IdxDeclaredSizeTest}. (The [n, 784] features array is ND4J's, off the heap; it is made after the same
 * length check, which the images case here reaches.)
 */
class MnistDeclaredSizeTest {

    /** Two million images declared: 1.5 GB of pixels, 12.5 GB as doubles, in a 16-byte header. */
    private static final int DECLARED_IMAGES = 2_000_000;
    /**
     * What failing may allocate: both (tiny) files read whole, the buffers and the message; 1 MB is 1500× less than
     * the declared pixels, so an allocation for them (or the 8 MB double[] chunk it would convert through) cannot
     * pass.
     */
    private static final long ALLOCATION_BOUND = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aDeclaredCountBiggerThanTheFileIsRejectedBeforeAllocation() {
        Path images = MnistFiles.images(dir.resolve("images"), MnistArrays.IMAGES_MAGIC, DECLARED_IMAGES, 28, 28,
                new byte[0]);
        Path labels = MnistFiles.labels(dir.resolve("labels"), MnistArrays.LABELS_MAGIC, DECLARED_IMAGES, new byte[0]);
        assertThrows(MnistFormatException.class, () -> MnistArrays.load(images, labels, DataType.DOUBLE)); // ND4J set up

        long before = allocatedBytes();
        MnistFormatException e = assertThrows(MnistFormatException.class,
                () -> MnistArrays.load(images, labels, DataType.DOUBLE));
        long allocated = allocatedBytes() - before;

        assertEquals(images + ": 16 bytes, expected 1568000016 for 2000000 images of 28×28 (truncated)", e.getMessage());
        assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated + " bytes while rejecting the header");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
