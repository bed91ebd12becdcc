package nnbasics.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nnbasics.handwritten.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReadOnce#copy}: the copy of a stream stops at the first thing that could not be read, so that an endless
 * stream ({@code /dev/zero}, {@code yes 1,2}) never fills the disk. Every stream here is a bounded generator: a test
 * that failed would copy a few megabytes, never without end.
 */
class ReadOnceTest {

    /** ReadOnce.copy's buffer: it checks after each read of at most this many bytes, so it may read one more. */
    private static final int BUFFER = 1 << 16;

    @TempDir
    Path tmp;

    /** {@code length} bytes, each {@code pattern}'s next, then the end; counts what was read. */
    private static final class Repeated extends InputStream {
        private final byte[] pattern;
        private final long length;
        long read;

        Repeated(String pattern, long length) {
            this.pattern = pattern.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        @Override
        public int read() {
            return read == length ? -1 : pattern[(int) (read++ % pattern.length)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read == length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int k = 0; k < n; k++) {
                b[off + k] = pattern[(int) (read++ % pattern.length)];
            }
            return n;
        }
    }

    @Test
    void zerosAreRefusedOnceACellPassesTheReadersLimitAndLittleIsCopied() throws IOException {
        Repeated zeros = new Repeated("\0", 10L * Table.MAX_CELL);      // /dev/zero, bounded at 10 MB
        Path copy = tmp.resolve("copy.csv");
        UserError e = assertThrows(UserError.class,
                () -> ReadOnce.copy(zeros, Path.of("/dev/zero"), copy, 0, 3, 1L << 30));
        // the reader's own line (Table.cellTooLong) for the same file: the message of docs/errors.md
        assertEquals(Table.cellTooLong(Path.of("/dev/zero"), 1, null).getMessage(), e.getMessage());
        assertTrue(zeros.read <= Table.MAX_CELL + BUFFER, "stopped within a buffer of the limit: " + zeros.read);
        assertTrue(Files.size(copy) <= Table.MAX_CELL, "copied no more than the limit: " + Files.size(copy));
    }

    @Test
    void aLongCellIsCountedInCharactersNotBytes() throws IOException {
        // 600,000 two-byte characters: 1.2 MB, but a cell of 600,000 characters, within the reader's limit
        String text = "name,x\n" + "é".repeat(600_000) + ",1\n";
        Path copy = tmp.resolve("copy.csv");
        ReadOnce.copy(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Path.of("in"), copy,
                0, 3, 1L << 30);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(copy), "copied byte for byte");
    }

    @Test
    void anEndlessStreamOfRowsStopsWhenItsNumbersNoLongerFit() throws IOException {
        long heap = 1L << 20;                 // a 1 MB heap: room for heap − heap/4 bytes of numbers (MemoryNeed.fits)
        int copies = 2;
        // "a,b" then rows "1,2": 2 columns × 8 bytes × 2 copies = 32 bytes a row
        long rowsThatFit = (heap - heap / 4) / (2 * 8 * copies);
        InputStream rows = new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8)),
                new Repeated("1,2\n", 10L << 20));                    // `yes 1,2`, bounded at 10 MB
        Path copy = tmp.resolve("copy.csv");
        UserError e = assertThrows(UserError.class,
                () -> ReadOnce.copy(rows, Path.of("/dev/fd/63"), copy, 0, copies, heap));
        assertTrue(e.getMessage().startsWith("not enough memory: /dev/fd/63 has at least "), e.getMessage());
        assertTrue(e.getMessage().contains(" rows × 2 columns"), e.getMessage());
        long copied = Files.size(copy);
        assertTrue(copied <= 4 * (rowsThatFit + 1) + BUFFER + 4, "stopped within a buffer of the limit: " + copied);
    }

    @Test
    void oneEndlessLineOfCellsStopsToo() throws IOException {
        long heap = 1L << 20;
        Path copy = tmp.resolve("copy.csv");
        UserError e = assertThrows(UserError.class, () -> ReadOnce.copy(new Repeated("0,", 10L << 20),
                Path.of("line.csv"), copy, 2, 3, heap));
        assertTrue(e.getMessage().contains("has at least 1 rows × "), e.getMessage());
        assertTrue(Files.size(copy) <= 2 * (heap / (8 * 3)) + BUFFER, "copied: " + Files.size(copy));
    }

    @Test
    void theCopyOfARefusedStreamIsDeletedAndTheUsersFileKept() throws IOException {
        Path data = tmp.resolve("data.csv");
        Files.write(data, new byte[Table.MAX_CELL + 10]);               // NUL bytes, a little over the limit
        Path folder = Files.createDirectory(tmp.resolve("spool"));
        UserError e = assertThrows(UserError.class, () -> ReadOnce.spool(data, List.of("y"), 3, folder, 1L << 30));
        assertTrue(e.getMessage().startsWith(data + ":1: a cell of more than 1,000,000 characters"), e.getMessage());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "the partial copy is deleted");
        }
        assertTrue(Files.exists(data), "the user's file is never deleted");
    }

    @Test
    void aGoodStreamIsCopiedWhole() throws IOException {
        Path data = tmp.resolve("data.csv");
        Files.writeString(data, "a,b\r\n1,2\r\n3,4\r\n");
        Path folder = Files.createDirectory(tmp.resolve("spool"));
        Path copy = ReadOnce.spool(data, null, 3, folder, 1L << 30);
        assertEquals(Files.readString(data), Files.readString(copy));
    }
}
