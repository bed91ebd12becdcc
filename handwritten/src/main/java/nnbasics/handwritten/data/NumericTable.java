package nnbasics.handwritten.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A CSV file read in one streaming pass straight into numbers: one {@code double[]} per kept column, 8 bytes a
 * cell, no text kept. It reads the file as {@link Table} does (the same {@link TableReader}) and answers the same
 * questions with the same messages, but remembers, per column, only whether every cell was a finite number, whether
 * any cell parsed as a number, and the first bad cell (its line and text) to report it.
 *
 * <pre>
 * per data row, per column c:   cell is a finite number?  yes → append Double.parseDouble(cell) to column c
 *                                                         no  → remember (line, cell) if it is c's first bad one,
 *                                                               and stop storing c (it can no longer be used)
 * </pre>
 */
public final class NumericTable {

    private final Path file;
    private final List<String> columns;
    /** Each column name's index: a file of many columns answers each name without a scan. */
    private final java.util.Map<String, Integer> index;
    private final int rows;
    /** The values of each kept column whose every cell is a finite number; null for the others. */
    private final double[][] values;
    private final boolean[] anyNumber;
    private final long[] firstBadLine;
    private final String[] firstBadCell;

    private NumericTable(Builder read) {
        this.file = read.file;
        this.columns = List.copyOf(read.columns);
        this.index = new java.util.HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            index.putIfAbsent(columns.get(c), c);
        }
        this.rows = read.rows;
        this.values = new double[columns.size()][];
        for (int c = 0; c < values.length; c++) {
            if (read.chunks[c] != null) {
                values[c] = read.chunks[c].toArray();       // one column at a time: its chunks go as it is built
                read.chunks[c] = null;
            }
        }
        this.anyNumber = read.anyNumber;
        this.firstBadLine = read.firstBadLine;
        this.firstBadCell = read.firstBadCell;
    }

    /**
     * Reads a CSV file as {@link Table#read(Path)} does, keeping the numbers of some columns.
     *
     * @param file      the CSV file
     * @param keep      the columns whose numbers are kept, or null for every column (others are still checked)
     * @param bytesRead told how many bytes of the file have been read, as the reading goes on (a progress bar)
     * @return the table
     * @throws DataException as {@link Table#read(Path)}, or for more rows than a Java array can hold
     */
    public static NumericTable read(Path file, Collection<String> keep, LongConsumer bytesRead) {
        Builder builder = new Builder(file, keep);
        TableReader.stream(file, bytesRead, builder);
        return new NumericTable(builder);
    }

    /** As {@link #read(Path, Collection, LongConsumer)}, every column kept, no progress. */
    public static NumericTable read(Path file) {
        return read(file, null, bytes -> { });
    }

    /** @return the file the table was read from */
    public Path file() {
        return file;
    }

    /** @return the column names, from the header, in file order */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of data rows */
    public int rowCount() {
        return rows;
    }

    /**
     * @param name a column name
     * @return its 0-based index
     * @throws DataException if there is no such column, with the message of {@link Table#columnIndex(String)}
     */
    public int columnIndex(String name) {
        int index = this.index.getOrDefault(name, -1);
        if (index < 0) {
            throw new DataException(file + ": no column " + Cells.describe(name) + "; the columns are "
                    + Cells.list(columns));
        }
        return index;
    }

    /**
     * @param name a kept column whose every cell is a finite number
     * @return its values, one per row: the table's own array, not a copy (so that a large file is held once)
     * @throws DataException as {@link Table#numericColumn(String)}
     */
    public double[] numericColumn(String name) {
        return numericColumns(List.of(name))[0];
    }

    /**
     * @param names kept columns whose every cell is a finite number
     * @return column-major values, [position of the column in {@code names}][row]: the table's own arrays
     * @throws DataException as {@link Table#numericColumns(List)}: for the first bad cell in reading order (row by
     *                       row, and within a row in the order of {@code names})
     */
    public double[][] numericColumns(List<String> names) {
        int[] indexes = names.stream().mapToInt(this::columnIndex).toArray();
        int worst = -1;
        for (int index : indexes) {
            if (firstBadCell[index] != null && (worst < 0 || firstBadLine[index] < firstBadLine[worst])) {
                worst = index;                           // the earliest line; on one line, the first in names
            }
        }
        if (worst >= 0) {
            throw new DataException(Table.cellMessage(file, firstBadLine[worst], columns.get(worst), worst,
                    "a finite number", firstBadCell[worst]));
        }
        double[][] selected = new double[indexes.length][];
        for (int c = 0; c < indexes.length; c++) {
            if (values[indexes[c]] == null) {
                throw new IllegalStateException("column \"" + names.get(c) + "\" was not kept when " + file
                        + " was read");
            }
            selected[c] = values[indexes[c]];
        }
        return selected;
    }

    /** @return the columns whose every cell is a finite number, in file order, as {@link Table#numericColumnNames()} */
    public List<String> numericColumnNames() {
        List<String> numeric = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (firstBadCell[c] == null) {
                numeric.add(columns.get(c));
            }
        }
        return List.copyOf(numeric);
    }

    /**
     * @param name a column
     * @return whether at least one of its cells parses as a number ({@link Double#parseDouble}, NaN and Infinity
     *         included): a column of names or labels has none
     */
    public boolean anyNumber(String name) {
        return anyNumber[columnIndex(name)];
    }

    /** Collects the numbers as the rows stream by. */
    private static final class Builder implements TableReader.Rows {
        private final Path file;
        private final Collection<String> keep;
        private List<String> columns;
        private int rows;
        private DoubleChunks[] chunks;
        private boolean[] anyNumber;
        private long[] firstBadLine;
        private String[] firstBadCell;

        Builder(Path file, Collection<String> keep) {
            this.file = file;
            this.keep = keep == null ? null : new java.util.HashSet<>(keep);   // a look-up, not a scan, a column
        }

        @Override
        public void header(List<String> names) {
            columns = names;
            int width = names.size();
            chunks = new DoubleChunks[width];
            for (int c = 0; c < width; c++) {
                if (keep == null || keep.contains(names.get(c))) {
                    chunks[c] = new DoubleChunks();
                }
            }
            anyNumber = new boolean[width];
            firstBadLine = new long[width];
            firstBadCell = new String[width];
        }

        @Override
        public void row(long line, List<String> cells) {
            if (rows == DoubleChunks.MAX_LENGTH) {
                throw new DataException(file + ":" + line + ": more than " + DoubleChunks.MAX_LENGTH
                        + " data rows, the most a column can hold");
            }
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (firstBadCell[c] == null && Cells.isFiniteNumber(cell)) {
                    anyNumber[c] = true;
                    if (chunks[c] != null) {
                        chunks[c].add(Double.parseDouble(cell));
                    }
                    continue;
                }
                if (!anyNumber[c]) {
                    anyNumber[c] = parses(cell);
                }
                if (firstBadCell[c] == null) {
                    firstBadLine[c] = line;
                    firstBadCell[c] = cell;
                    chunks[c] = null;                               // a column with a bad cell is never used
                }
            }
            rows++;
        }

        private static boolean parses(String cell) {
            try {
                Double.parseDouble(cell);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
