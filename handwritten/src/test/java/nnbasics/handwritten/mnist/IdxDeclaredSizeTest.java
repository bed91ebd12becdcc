package nnbasics.handwritten.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header that declares more data than the file holds is rejected before the reader allocates room for it: the
 * heap this thread allocates while failing stays far below the declared size (measured with
 * {@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}).
 */
class IdxDeclaredSizeTest {

    /** Two billion labels: 2 GB of data, declared in an 8-byte header with nothing after it. */
    private static final int DECLARED_LABELS = 2_000_000_000;
    /**
     * What failing may allocate: the stream's buffer (8 KB), the header and the message; 1 MB is 2000× less than the
     * declared data, so an allocation of it (or of any sizeable part) cannot pass.
     */
    private static final long ALLOCATION_BOUND = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aDeclaredSizeBiggerThanTheFileIsRejectedBeforeAllocation() throws IOException {
        Path file = IdxFiles.write(dir, "huge-count", IdxFiles.idx(IdxReader.LABELS_MAGIC, new int[] {DECLARED_LABELS},
                new byte[0]));
        assertThrows(IdxFormatException.class, () -> IdxReader.labels(file));   // classes loaded, JIT warmed a bit

        long before = allocatedBytes();
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.labels(file));
        long allocated = allocatedBytes() - before;

        assertEquals(file + ": expected 2000000008 bytes for 2000000000 labels, found 8 (truncated)", e.getMessage());
        assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated + " bytes while rejecting the header");
    }

    @Test
    void dimensionsWhoseProductOverflowsAnArrayAreRejected() throws IOException {
        Path file = IdxFiles.write(dir, "huge-images", IdxFiles.idx(IdxReader.IMAGES_MAGIC,
                new int[] {60_000, 60_000, 60_000}, new byte[0]));
        long before = allocatedBytes();
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.images(file));
        long allocated = allocatedBytes() - before;

        assertEquals(file + ": dimensions [60000, 60000] hold more values than one Java array can", e.getMessage());
        assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated + " bytes while rejecting the header");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
