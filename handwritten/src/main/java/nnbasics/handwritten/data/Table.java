package nnbasics.handwritten.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CSV file as named columns of trimmed text cells, each row remembering the line it came from so that a bad
 * cell can be reported precisely.
 *
 * @param file    the file the table was read from (used in every error message)
 * @param columns the column names, from the header, in file order
 * @param rows    the data rows, each with exactly one cell per column
 */
public record Table(Path file, List<String> columns, List<Table.Row> rows) {

    /**
     * One data row.
     *
     * @param line  the 1-based line of the file on which the row starts (the header is line 1)
     * @param cells the trimmed cells, one per column
     */
    public record Row(long line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @throws IllegalArgumentException if a row does not have one cell per column
     */
    public Table {
        Objects.requireNonNull(file, "file");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("line " + row.line() + " has " + row.cells().size()
                        + " cells, expected " + columns.size());
            }
        }
    }

    /**
     * Reads a CSV file: the first record is the header, cells are trimmed, blank lines are skipped.
     *
     * @param file the CSV file
     * @return the table
     * @throws DataException if the file is missing or unreadable, empty, has a duplicate (or empty) column name, a
     *                       row whose number of cells differs from the header's, malformed CSV, or no data rows
     */
    public static Table read(Path file) {
        return TableReader.read(file);
    }

    /**
     * The longest cell (a run of characters without a comma or a line break) a CSV file may hold: a million
     * characters, thousands of times any number's or class name's, so that a file with no line breaks at all
     * ({@code /dev/zero}, a binary file, one endless line) is refused instead of filling the memory with one cell.
     */
    public static final int MAX_CELL = LineTrackingReader.MAX_CELL;

    /**
     * The one line for a cell longer than {@link #MAX_CELL} characters.
     *
     * @param file  the file, as the user named it
     * @param line  the 1-based line on which the long cell lies
     * @param cause what found it (null when none)
     */
    public static DataException cellTooLong(Path file, long line, Throwable cause) {
        return new DataException(String.format(java.util.Locale.ROOT, "%s:%d: a cell of more than %,d characters (no "
                + "comma or line break in them), expected a CSV file of numbers and names (is it binary, or one "
                + "endless line?)", file, line, MAX_CELL), cause);
    }

    /**
     * @param name a column name
     * @return the 0-based index of the column
     * @throws DataException if there is no such column, listing the columns there are
     */
    public int columnIndex(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new DataException(file + ": no column " + Cells.describe(name) + "; the columns are "
                    + Cells.list(columns));
        }
        return index;
    }

    /**
     * @param name a column whose every cell is a finite number
     * @return its values, one per row
     * @throws DataException for a missing column, or an empty cell, a non-number, NaN or ±Infinity (naming file,
     *                       line and column)
     */
    public double[] numericColumn(String name) {
        double[][] values = numericColumns(List.of(name));
        double[] column = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            column[i] = values[i][0];
        }
        return column;
    }

    /**
     * @param names columns whose every cell is a finite number
     * @return row-major values, [row][position of the column in {@code names}]
     * @throws DataException as {@link #numericColumn(String)}, for the first bad cell in reading order
     */
    public double[][] numericColumns(List<String> names) {
        int[] indexes = names.stream().mapToInt(this::columnIndex).toArray();
        double[][] values = new double[rows.size()][indexes.length];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < indexes.length; c++) {
                String cell = rows.get(i).cells().get(indexes[c]);
                if (!Cells.isFiniteNumber(cell)) {
                    throw cellError(rows.get(i), indexes[c], "a finite number");
                }
                values[i][c] = Double.parseDouble(cell);
            }
        }
        return values;
    }

    /**
     * @param name a column with no empty cell
     * @return its cells, one per row
     * @throws DataException for a missing column or an empty cell (naming file, line and column)
     */
    public List<String> stringColumn(String name) {
        int index = columnIndex(name);
        List<String> values = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String cell = row.cells().get(index);
            if (cell.isEmpty()) {
                throw cellError(row, index, "a value");
            }
            values.add(cell);
        }
        return List.copyOf(values);
    }

    /** @return the columns whose every cell is a finite number, in file order */
    public List<String> numericColumnNames() {
        List<String> numeric = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            final int index = c;
            if (rows.stream().allMatch(row -> Cells.isFiniteNumber(row.cells().get(index)))) {
                numeric.add(columns.get(c));
            }
        }
        return List.copyOf(numeric);
    }

    /**
     * Whether a column holds at least one number (as Java parses it): the commands' default features, where one with
     * a few bad cells stays a feature, so that reading it names the bad cell's line instead of taking it for a label.
     */
    public boolean anyNumber(int column) {
        for (Row row : rows) {
            try {
                Double.parseDouble(row.cells().get(column));
                return true;
            } catch (NumberFormatException e) {
                // not a number: look further
            }
        }
        return false;
    }

    /** {@code file:line: column "name" (number): expected ..., found "..."} */
    private DataException cellError(Row row, int column, String expected) {
        return new DataException(cellMessage(file, row.line(), columns.get(column), column, expected,
                row.cells().get(column)));
    }

    /** The message of a bad cell, shared with {@link NumericTable}: {@code file:line: column "name" (number): …}. */
    static String cellMessage(Path file, long line, String columnName, int column, String expected, String cell) {
        return file + ":" + line + ": column " + Cells.describe(columnName) + " (" + (column + 1) + "): expected "
                + expected + ", found " + Cells.describe(cell);
    }
}
