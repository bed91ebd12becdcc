package nnbasics.dl4j.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.datavec.api.records.Record;
import org.datavec.api.records.metadata.RecordMetaDataLine;
import org.datavec.api.records.reader.RecordReader;
import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.split.FileSplit;
import org.datavec.api.transform.ColumnType;
import org.datavec.api.transform.TransformProcess;
import org.datavec.api.transform.metadata.CategoricalMetaData;
import org.datavec.api.transform.metadata.ColumnMetaData;
import org.datavec.api.transform.schema.Schema;
import org.datavec.api.writable.Writable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * Reads columns of a CSV file the DataVec way into one ND4J matrix in double precision: the numeric columns in
 * the order asked for, then (for a labelled file) the label column one-hot over the class names.
 *
 * <pre>
 * header       CSVRecordReader(skip 0)      → the column names
 * schema       numeric columns: Double (no NaN, no ±∞); label column: Categorical(classes); others: String
 * check        every record against the schema (cell count, each cell's validity), naming file, line and column
 * transform    keep the numeric columns and the label, in that order; categoricalToOneHot(label)
 * read         CSVRecordReader(skip 1), blank lines skipped → TransformProcess.execute → each cell's toDouble()
 *              into a DOUBLE matrix
 * </pre>
 *
 * <p>Why not {@code RecordReaderDataSetIterator}: in M2.1 it builds FLOAT arrays whatever the default data type
 * (a cell 5.1 arrives as 5.099999904632568), which is a relative rounding of 1e−8 that the twin check then sees
 * (pinned by {@code CsvMatrixTest}). The writables' own {@code toDouble()} (DataVec's {@code Text} parses with
 * {@link Double#parseDouble}) into a matrix created as {@link DataType#DOUBLE} keeps every digit.
 *
 * <p>DataVec's own errors for a bad cell name the value but not the file, the line or the column (and it lets NaN
 * and "Infinity" through as numbers), so the check pass uses the schema's column metadata
 * ({@link ColumnMetaData#isValid}, plus finiteness) and the reader's {@link RecordMetaDataLine}. Cells are not
 * trimmed: a label " good" is not "good" (a number may have spaces).
 */
public final class CsvMatrix {

    private static final char DELIMITER = ',';
    private static final int HEADER_LINES = 1;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvMatrix() {
    }

    /**
     * @param file           a CSV file whose first line names the columns
     * @param numericColumns the columns to read as numbers, in the order wanted
     * @param labelColumn    a column of class names to append one-hot, or null
     * @param classes        the class names (one-hot column k is {@code classes.get(k)}); ignored without a label
     * @return [rows, numeric columns + classes] in double precision
     * @throws CsvException for a missing or empty file, a missing column, a row with the wrong number of cells, a
     *                      numeric cell that is not a finite number, a label not among the classes, or no data rows
     */
    public static INDArray read(Path file, List<String> numericColumns, String labelColumn, List<String> classes) {
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CsvException(file + ": file not found");
        }
        List<String> header = header(file);
        Schema schema = schema(file, header, numericColumns, labelColumn, classes);
        int rows = checkRows(file, schema);

        List<String> kept = new ArrayList<>(numericColumns);
        if (labelColumn != null) {
            kept.add(labelColumn);
        }
        TransformProcess.Builder transform = new TransformProcess.Builder(schema)
                .removeAllColumnsExceptFor(kept.toArray(String[]::new))
                .reorderColumns(kept.toArray(String[]::new)); // x_1 … x_n, then the label
        if (labelColumn != null) {
            transform.categoricalToOneHot(labelColumn);      // class name → one 1 among K columns, in class order
        }
        int width = numericColumns.size() + (labelColumn == null ? 0 : classes.size());
        INDArray matrix = Nd4j.create(DataType.DOUBLE, rows, width);
        TransformProcess process = transform.build();
        try (RecordReader reader = new CSVRecordReader(HEADER_LINES, DELIMITER)) {
            reader.initialize(new FileSplit(file.toFile()));
            for (int i = 0; i < rows; i++) {
                List<Writable> record = reader.next();
                while (isBlank(record)) {
                    record = reader.next();
                }
                List<Writable> cells = process.execute(record);
                for (int c = 0; c < width; c++) {
                    matrix.putScalar(i, c, cells.get(c).toDouble());
                }
            }
            return matrix;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new CsvException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The first record, read with DataVec's own CSV reader: the column names (trimmed). */
    public static List<String> header(Path file) {
        try (CSVRecordReader reader = new CSVRecordReader(0, DELIMITER)) {
            reader.initialize(new FileSplit(file.toFile()));
            if (!reader.hasNext()) {
                throw new CsvException(file + ": empty file, expected a header line");
            }
            List<String> names = new ArrayList<>();
            for (Writable cell : next(reader, file, 1)) {
                names.add(cell.toString().trim());
            }
            if (!names.isEmpty() && names.get(0).startsWith(BYTE_ORDER_MARK)) {
                names.set(0, names.get(0).substring(1));          // a UTF-8 byte order mark is not part of the name
            }
            if (names.size() == 1 && (names.get(0).contains(";") || names.get(0).contains("\t"))) {
                throw new CsvException(file + ":1: expected commas between the column names, found "
                        + (names.get(0).contains(";") ? "semicolons" : "tabs") + " (the header is one name, "
                        + quoted(names.get(0)) + ")");
            }
            java.util.Map<String, Integer> first = new java.util.HashMap<>();   // one look-up a name, not a scan
            for (int c = 0; c < names.size(); c++) {
                Integer earlier = first.putIfAbsent(names.get(c), c);
                if (earlier != null) {
                    throw new CsvException(file + ":1: column " + quoted(names.get(c)) + " (" + (c + 1)
                            + ") has the same name as column " + (earlier + 1));
                }
            }
            return names;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new CsvException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The schema of the whole file, built from its header. */
    static Schema schema(Path file, List<String> header, List<String> numericColumns, String labelColumn,
                                 List<String> classes) {
        List<String> wanted = new ArrayList<>(numericColumns);
        if (labelColumn != null) {
            wanted.add(labelColumn);
        }
        java.util.Set<String> inHeader = new java.util.HashSet<>(header);      // sets: a wide file is no slower
        java.util.Set<String> numeric = new java.util.HashSet<>(numericColumns);
        for (String name : wanted) {
            if (!inHeader.contains(name)) {
                throw new CsvException(file + ": no column \"" + name + "\"; the columns are "
                        + String.join(", ", header));
            }
        }
        Schema.Builder schema = new Schema.Builder();
        for (String name : header) {
            if (numeric.contains(name)) {
                schema.addColumnDouble(name, null, null, false, false); // a finite number, any size
            } else if (name.equals(labelColumn)) {
                schema.addColumnCategorical(name, classes);             // exactly one of the class names
            } else {
                schema.addColumnString(name);                           // not used; removed by the transform
            }
        }
        return schema.build();
    }

    /**
     * Checks every record against the schema: the number of cells and each cell's validity as DataVec's column
     * metadata defines it.
     *
     * @return the number of data rows
     */
    private static int checkRows(Path file, Schema schema) {
        int rows = 0;
        try (CSVRecordReader reader = new CSVRecordReader(HEADER_LINES, DELIMITER)) {
            reader.initialize(new FileSplit(file.toFile()));
            long previous = HEADER_LINES;
            while (reader.hasNext()) {
                Record record = nextRecord(reader, file, previous + 1);
                // RecordMetaDataLine counts from 0 with the header as line 0; files count from 1.
                long line = ((RecordMetaDataLine) record.getMetaData()).getLineNumber() + 1L;
                previous = line;
                List<Writable> cells = record.getRecord();
                if (isBlank(cells)) {
                    continue;                                      // as the hand-written reader, skip blank lines
                }
                if (cells.size() != schema.numColumns()) {
                    throw new CsvException(file + ":" + line + ": expected " + schema.numColumns()
                            + " cells, found " + cells.size());
                }
                for (int c = 0; c < cells.size(); c++) {
                    ColumnMetaData column = schema.getMetaData(c);
                    if (!isValid(column, cells.get(c))) {
                        throw new CsvException(file + ":" + line + ": column " + quoted(column.getName()) + " ("
                                + (c + 1) + "): expected " + expected(column) + ", found "
                                + quoted(cells.get(c).toString()));
                    }
                }
                rows++;
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new CsvException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (rows == 0) {
            throw new CsvException(file + ": no data rows after the header");
        }
        return rows;
    }

    /** A blank line (empty, or only spaces): DataVec reads it as one cell, the hand-written reader skips it. */
    static boolean isBlank(List<Writable> cells) {
        return cells.size() == 1 && cells.get(0).toString().isBlank();
    }

    /**
     * DataVec parses a line inside next() and wraps its parser's IOException in a RuntimeException: a quoted cell
     * not closed on its line (DataVec reads one line per record), reported here at the line it reads.
     */
    private static List<Writable> next(CSVRecordReader reader, Path file, long line) {
        try {
            return reader.next();
        } catch (RuntimeException e) {
            throw malformed(e, file, line);
        }
    }

    /** As {@link #next}, for a record with its line (NumericCsv reads with it too). */
    static Record nextRecord(CSVRecordReader reader, Path file, long line) {
        try {
            return reader.nextRecord();
        } catch (RuntimeException e) {
            throw malformed(e, file, line);
        }
    }

    private static RuntimeException malformed(RuntimeException e, Path file, long line) {
        String expected = String.valueOf(e.getCause() instanceof IOException cause ? cause.getMessage()
                : e.getMessage()).contains("Un-terminated quoted field")
                ? "a closing \" on this line for the quoted cell opened on it"
                : "cells separated by commas, each plain or in double quotes";
        return new CsvException(file + ":" + line + ": malformed CSV, expected " + expected, e);
    }

    /** The longest part of a cell a message echoes (as the hand-written reader's {@code Cells.ECHO_LIMIT}). */
    static final int ECHO_LIMIT = 40;

    /**
     * A cell or name as a message shows it: in double quotes, its quotes, backslashes and every control character
     * escaped (line breaks and tabs as \r \n \t, others such as a terminal's ESC as \u001b), cut after
     * {@value #ECHO_LIMIT} characters with an ellipsis and its length: as the hand-written reader's
     * {@code Cells.describe}, so that the message stays one readable line.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            if (i == ECHO_LIMIT) {
                return out.append("…\" (").append(String.format(java.util.Locale.ROOT, "%,d", text.length()))
                        .append(" characters)").toString();
            }
            char c = text.charAt(i);
            switch (c) {
                case '\\', '"' -> out.append('\\').append(c);
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * DataVec's rule for the column, plus finiteness for numbers: M2.1's {@code DoubleMetaData.isValid} accepts NaN
     * and ±Infinity even when the column was declared without them (it only checks min and max after parsing).
     */
    static boolean isValid(ColumnMetaData column, Writable cell) {
        return column.isValid(cell)
                && (column.getColumnType() != ColumnType.Double || Double.isFinite(cell.toDouble()));
    }

    static String expected(ColumnMetaData column) {
        return switch (column.getColumnType()) {
            case Double -> "a finite number";
            case Categorical -> "one of " + String.join(", ", ((CategoricalMetaData) column).getStateNames());
            default -> "a " + column.getColumnType();
        };
    }
}
