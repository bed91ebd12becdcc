package nnbasics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.handwritten.data.Table;

/**
 * A {@code --data} that can be read only once: a FIFO, a pipe, {@code <(process substitution)}, a device. Only the
 * hand-written engine reads such a file once; size estimates (which open the file a first time) are skipped for it.
 */
final class ReadOnce {

    private ReadOnce() {
    }

    /** @return whether {@code file} exists and is neither a regular file nor a folder (after links) */
    static boolean isStream(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /**
     * Refuses, before any work, a stream that the chosen engines would read more than once (it would wait forever
     * for a second writer).
     *
     * @throws UserError naming the file, the engines and what to do
     */
    static void check(Path file, EngineChoice engine) {
        if (isStream(file) && engine != EngineChoice.HAND) {
            throw new UserError("--data " + file + ": a pipe or stream, which can be read only once, but --engine "
                    + engine.name().toLowerCase(java.util.Locale.ROOT) + " reads it more than once (each engine "
                    + "reads the file its own way); save it to a file first, or use --engine hand");
        }
    }

    /**
     * Copies a stream, in its one read, to a temporary regular file that the readers may open as often as they
     * need; the caller deletes it. The copy stops, and is deleted, as soon as what it holds already could not be
     * read: a cell longer than {@link Table#MAX_CELL} characters ({@code /dev/zero}, a binary file), or more rows or
     * cells than the memory holds ({@link MemoryNeed}), so that an endless stream never fills the disk.
     *
     * @param keep   the columns the command reads, or null for every column (then the header's width counts)
     * @param copies as {@link MemoryNeed#bytes}: the copies of the numbers held at once
     * @throws UserError when the copy cannot be written (a full disk), or for a long cell or too little memory, naming
     *                   {@code --data}
     */
    static Path spool(Path file, List<String> keep, int copies) {
        return spool(file, keep, copies, Path.of(System.getProperty("java.io.tmpdir")),
                Runtime.getRuntime().maxMemory());
    }

    /** As {@link #spool(Path, List, int)}, the copy made in {@code folder}, for a heap of {@code heap} bytes. */
    static Path spool(Path file, List<String> keep, int copies, Path folder, long heap) {
        Path copy = null;
        try {
            copy = Files.createTempFile(folder, "nnbasics-data-", ".csv");
            try (InputStream in = Files.newInputStream(file)) {
                copy(in, file, copy, keep == null ? 0 : keep.size(), copies, heap);
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy);
            if (e instanceof RuntimeException stop) {
                throw stop;
            }
            throw new UserError("--data " + file + ": cannot keep a copy of the stream to read it ("
                    + (e.getMessage() == null ? "an input/output error" : e.getMessage()) + ")");
        }
    }

    /**
     * Copies {@code in} to {@code copy}, counting as it goes; throws, leaving the partial copy to the caller, once
     * the copy holds something that could not be read.
     *
     * <pre>
     * cell   = UTF-8 characters since the last comma or line break      refused when &gt; Table.MAX_CELL
     * lines  = line breaks ("\n", "\r\n", a lone "\r")                 the rows, as about (blank lines too)
     * width  = |keep|, or the header's cells (commas on line 1, + 1)
     * need   = MemoryNeed.bytes(max(lines · width, cells on the current line), copies)    refused when it no
     *                                                                      longer fits beside the program
     * </pre>
     *
     * @param width the columns kept, or 0 for the header's width
     * @param heap  the memory Java may use ({@link Runtime#maxMemory()}; smaller in a test)
     * @throws UserError       for a cell too long or too little memory, naming {@code file}
     * @throws IOException     when reading or writing fails
     */
    static void copy(InputStream in, Path file, Path copy, int width, int copies, long heap) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long cell = 0;
        long lines = 0;
        long cellsOnLine = 1;
        long headerWidth = 0;
        boolean carriageReturn = false;
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
                for (int k = 0; k < count; k++) {
                    byte b = buffer[k];
                    boolean lineEnds = b == '\n' ? !carriageReturn : b == '\r';
                    carriageReturn = b == '\r';
                    if (lineEnds) {
                        if (lines == 0) {
                            headerWidth = cellsOnLine;
                        }
                        lines++;
                        cellsOnLine = 1;
                    } else if (b == ',') {
                        cellsOnLine++;
                    }
                    if (b == ',' || b == '\n' || b == '\r') {
                        cell = 0;
                    } else if ((b & 0xC0) != 0x80 && ++cell > Table.MAX_CELL) {   // not a UTF-8 continuation byte
                        throw new UserError(Table.cellTooLong(file, lines + 1, null).getMessage());
                    }
                }
                long columns = width > 0 ? width : lines == 0 ? cellsOnLine : headerWidth;
                long rows = Math.max(0, lines - 1);
                boolean longLine = cellsOnLine > safeProduct(rows, columns);     // one line holds the most
                if (longLine) {
                    rows = 1;
                    columns = cellsOnLine;
                }
                if (!MemoryNeed.fits(MemoryNeed.bytes(safeProduct(rows, columns), 1, copies), heap)) {
                    throw new UserError(MemoryNeed.streamMessage(file, rows, columns, copies, heap));
                }
                out.write(buffer, 0, count);
            }
        }
    }

    private static long safeProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException beyondLong) {
            return Long.MAX_VALUE;
        }
    }

    private static void deleteQuietly(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);         // our own temporary copy, never the user's file
        } catch (IOException ignored) {
            // the message the caller throws is the one that matters
        }
    }

    /** {@code text} with the copy's name replaced by the name the user gave. */
    static String named(String text, Path copy, Path file) {
        return copy.equals(file) ? text : text.replace(copy.toString(), file.toString());
    }

    /** A one-line error about the copy, naming the user's file instead (other errors as they are). */
    static RuntimeException renamed(RuntimeException e, Path copy, Path file) {
        String message = e.getMessage();
        if (message == null || !message.contains(copy.toString())) {
            return e;
        }
        return new UserError(named(message, copy, file));
    }
}
