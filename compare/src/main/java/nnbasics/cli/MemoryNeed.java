package nnbasics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much heap a fit of a CSV file needs, and the one line that says so when the JVM has too little.
 *
 * <pre>
 * bytes(rows, columns, copies) = 8 · rows · columns · copies       one double per cell, per copy held at once
 * copies = (engines that run) + 1                                  each engine's columns, and one copy's room for
 *                                                                  the reading and a step (chunks, predictions)
 * needed heap ≈ bytes + BASE                                       BASE: the JVM, the libraries, ND4J's classes
 * </pre>
 * DL4J holds its own copy off the heap, which JavaCPP limits to the same size as the heap (-Xmx) by default, so one
 * -Xmx gives room to both.
 */
final class MemoryNeed {

    /** Bytes of one cell held as a double. */
    static final long BYTES_PER_CELL = Double.BYTES;
    /** The heap a fit uses whatever the data: the JVM, picocli, commons-csv, DL4J's and ND4J's classes. */
    static final long BASE = 96L << 20;
    /** How much of the file is sampled to estimate the number of rows before reading it. */
    private static final int SAMPLE = 1 << 20;

    private MemoryNeed() {
    }

    /** @return 8 · rows · columns · copies, the bytes of the numbers held at once */
    static long bytes(long rows, int columns, int copies) {
        try {
            return Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(BYTES_PER_CELL, rows), columns), copies);
        } catch (ArithmeticException beyondLong) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The number of rows of a CSV file, estimated from its size and the data lines wholly inside its first megabyte
     * (exact for a file of up to a megabyte, 1 when it cannot be read: the reader then reports why).
     *
     * <pre>
     * rows ≈ (size − header) · lines / (end of the last whole line − header)     lines: data lines in the sample
     * </pre>
     * The header does not count: a file of many columns has a header as long as a row or longer.
     */
    static long estimatedRows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(SAMPLE);
            long headerEnd = -1;
            long lastEnd = -1;
            long lines = 0;
            for (int k = 0; k < sample.length; k++) {
                if (sample[k] == '\n') {
                    if (headerEnd < 0) {
                        headerEnd = k + 1;
                    } else {
                        lines++;
                        lastEnd = k + 1;
                    }
                }
            }
            long size = Files.size(file);
            if (sample.length == size) {                       // the whole file: its lines, and a last one unended
                return Math.max(1, lines + (headerEnd >= 0 && sample[sample.length - 1] != '\n' ? 1 : 0));
            }
            if (lines == 0) {
                return 1;
            }
            return Math.max(1, Math.round((double) (size - headerEnd) * lines / (lastEnd - headerEnd)));
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** A cell held as text: a String (a 24-byte object, a 16-byte array header, up to 16 characters) and its reference. */
    static final long TEXT_CELL = 24 + 16 + 16 + 8;
    /** A row held as text: its record (line number, list) and its list of cells. */
    static final long TEXT_ROW = 24 + 24;
    /** A row of numbers in a [row][value] array: the row array's header and its reference. */
    static final long ROW_ARRAY = 16 + 8;

    /**
     * The heap {@code classify} needs for a file, before it is read: its table of text cells while it reads (the
     * hand-written reader keeps every cell of the file as text until it has them all), and its numbers while it
     * trains: the features held three times at once (the command's, the hand-written engine's, standardised or
     * not) and each engine's probabilities.
     *
     * <pre>
     * bytes = rows · ( TEXT_ROW + TEXT_CELL · columns                      the text, 48 + 64 a cell
     *                + 3 · (ROW_ARRAY + 8 · features)                      the features, three copies
     *                + 2 · (ROW_ARRAY + 8 · classes) )                     the probabilities of both engines
     * </pre>
     * Checked against runs (2 features, 2 classes: 416 bytes a row): 200,000 rows fail in an 80 MB heap and run in
     * 120 MB; 2,000,000 rows run in the default 1 GB. DL4J's copy is off the heap (JavaCPP gives it as much again).
     *
     * @param classes the fewest the label may have (2 before the file is read)
     */
    static long classifyBytes(long rows, int columns, int features, int classes) {
        long perRow = TEXT_ROW + TEXT_CELL * columns + 3 * (ROW_ARRAY + 8L * features)
                + 2 * (ROW_ARRAY + 8L * classes);
        try {
            return Math.multiplyExact(rows, perRow);
        } catch (ArithmeticException beyondLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The one line when {@link #classifyBytes} does not fit. */
    static String classifyMessage(Path file, long rows, int columns, long bytes, long available) {
        long needed = Math.min(Long.MAX_VALUE - BASE, bytes) + BASE;
        long suggestGb = Math.max(1, (long) Math.ceil(1.25 * needed / (double) (1L << 30)));
        return String.format(Locale.ROOT, "not enough memory: %s has about %,d rows × %d columns, which classify "
                + "holds as text while it reads them and as numbers while it trains, about %,d MB (%,d bytes a row, "
                + "and %d MB for the program), but Java may use only %,d MB; give it more, e.g. "
                + "NNBASICS_JAVA_OPTS=-Xmx%dg ./nnbasics …", file, rows, columns, needed >> 20,
                rows == 0 ? 0 : bytes / rows, BASE >> 20, available >> 20, suggestGb);
    }

    /** The number of names on the first line of a file (commas + 1, in its first megabyte; 0 when unreadable). */
    static int headerWidth(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(SAMPLE);
            int commas = 0;
            for (byte b : sample) {
                if (b == '\n' || b == '\r') {
                    break;
                }
                commas += b == ',' ? 1 : 0;
            }
            return sample.length == 0 ? 0 : commas + 1;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Refuses, before any reading, numbers that cannot fit beside the program: bytes &gt; heap − min(BASE, heap/4).
     * (A small file runs in a small heap: the program itself needs less than BASE when little of it loads.)
     *
     * @throws UserError with {@link #message}
     */
    static void check(Path file, long rows, int columns, int copies) {
        long heap = Runtime.getRuntime().maxMemory();
        if (!fits(bytes(rows, columns, copies), heap)) {
            throw new UserError(message(file, rows, columns, copies, heap));
        }
    }

    /** @return whether {@code bytes} of numbers fit in a heap of {@code heap} bytes beside the program */
    static boolean fits(long bytes, long heap) {
        return bytes <= heap - Math.min(BASE, heap / 4);
    }

    /** The one line: what is needed, what there is, and how to give more. */
    static String message(Path file, long rows, int columns, int copies, long available) {
        return message(file, "about", rows, columns, copies, available);
    }

    /**
     * The one line for a stream stopped while it was being read: the rows and columns seen so far, more than fit.
     */
    static String streamMessage(Path file, long rows, long columns, int copies, long available) {
        return message(file, "at least", rows, (int) Math.min(Integer.MAX_VALUE, columns), copies, available);
    }

    private static String message(Path file, String about, long rows, int columns, int copies, long available) {
        long needed = Math.min(Long.MAX_VALUE - BASE, bytes(rows, columns, copies)) + BASE;
        long suggestGb = Math.max(1, (long) Math.ceil(1.25 * needed / (double) (1L << 30)));
        return String.format(Locale.ROOT, "not enough memory: %s has %s %,d rows × %d columns, which need %s "
                + "%,d MB (8 bytes a number × %d copies, and %d MB for the program), but Java may use only %,d MB; "
                + "give it more, e.g. NNBASICS_JAVA_OPTS=-Xmx%dg ./nnbasics …", file, about, rows, columns, about,
                needed >> 20, copies, BASE >> 20, available >> 20, suggestGb);
    }
}
