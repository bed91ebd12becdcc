package nnbasics.dl4j.classification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.datavec.api.records.Record;
import org.datavec.api.records.metadata.RecordMetaDataLine;
import org.datavec.api.records.reader.RecordReader;
import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.records.reader.impl.transform.TransformProcessRecordReader;
import org.datavec.api.split.FileSplit;
import org.datavec.api.transform.ColumnType;
import org.datavec.api.transform.TransformProcess;
import org.datavec.api.transform.metadata.CategoricalMetaData;
import org.datavec.api.transform.metadata.ColumnMetaData;
import org.datavec.api.transform.schema.Schema;
import org.datavec.api.writable.Writable;
import org.deeplearning4j.datasets.datavec.RecordReaderDataSetIterator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads a labelled CSV file the DataVec way into one {@link DataSet}: features [N, nIn] in the order asked for,
 * one-hot labels [N, K] in the order of the class names.
 *
 * <pre>
 * header       CSVRecordReader(skip 0)      → the column names
 * schema       feature columns: Double (no NaN, no ±∞); label column: Categorical(classes); others: String
 * transform    keep the features and the label, in that order; categoricalToInteger(label): "good" → 0, "bad" → 1
 * read         CSVRecordReader(skip 1) → TransformProcessRecordReader → RecordReaderDataSetIterator(labelIndex, K)
 * </pre>
 *
 * <p>DataVec's own errors for a bad cell name the value but not the file, the line or the column (and it lets NaN
 * and "Infinity" through as numbers), so a first pass over the records checks every cell against the schema's
 * column metadata ({@link ColumnMetaData#isValid}, plus finiteness, which DataVec's check forgets) and reports the
 * line from the reader's {@link RecordMetaDataLine}. Cells are not trimmed: a label " good" is not "good" (a number may have spaces).
 */
public final class LabelledCsv {

    private static final char DELIMITER = ',';
    private static final int HEADER_LINES = 1;

    private LabelledCsv() {
    }

    /**
     * @param file           a CSV file whose first line names the columns
     * @param featureColumns the feature columns, in the order wanted in the features
     * @param labelColumn    the column holding the class names
     * @param classes        the class names; label k of the one-hot encoding is {@code classes.get(k)}
     * @return all rows as one DataSet in double precision
     * @throws LabelledCsvException     for a missing or empty file, a missing column, a row with the wrong number of
     *                                  cells, a feature cell that is not a finite number, a label not among the
     *                                  classes, or no data rows
     * @throws IllegalArgumentException for empty or repeated feature columns or class names, or a label column that
     *                                  is also a feature
     */
    public static DataSet read(Path file, List<String> featureColumns, String labelColumn, List<String> classes) {
        checkArguments(featureColumns, labelColumn, classes);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new LabelledCsvException(file + ": file not found");
        }
        List<String> header = header(file);
        Schema schema = schema(file, header, featureColumns, labelColumn, classes);
        int rows = checkRows(file, schema);

        List<String> kept = new ArrayList<>(featureColumns);
        kept.add(labelColumn);
        TransformProcess transform = new TransformProcess.Builder(schema)
                .removeAllColumnsExceptFor(kept.toArray(String[]::new))
                .reorderColumns(kept.toArray(String[]::new)) // x_1 … x_n, then the label
                .categoricalToInteger(labelColumn)           // class name → its index in classes
                .build();
        int labelIndex = featureColumns.size();

        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE); // the iterator creates arrays of the default type
        try (RecordReader reader = new TransformProcessRecordReader(new CSVRecordReader(HEADER_LINES, DELIMITER),
                transform)) {
            reader.initialize(new FileSplit(file.toFile()));
            RecordReaderDataSetIterator iterator =
                    new RecordReaderDataSetIterator(reader, rows, labelIndex, classes.size());
            DataSet all = iterator.next();
            if (iterator.hasNext() || all.numExamples() != rows) {
                throw new IllegalStateException(file + ": expected " + rows + " rows in one batch");
            }
            return new DataSet(all.getFeatures().castTo(DataType.DOUBLE), all.getLabels().castTo(DataType.DOUBLE));
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new LabelledCsvException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void checkArguments(List<String> featureColumns, String labelColumn, List<String> classes) {
        if (featureColumns.isEmpty()) {
            throw new IllegalArgumentException("at least one feature column is needed");
        }
        if (new HashSet<>(featureColumns).size() != featureColumns.size()) {
            throw new IllegalArgumentException("a feature column is named twice: " + featureColumns);
        }
        if (featureColumns.contains(labelColumn)) {
            throw new IllegalArgumentException("the label column \"" + labelColumn + "\" is also a feature");
        }
        if (classes.isEmpty() || new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("the class names must be non-empty and distinct: " + classes);
        }
    }

    /** The first record, read with DataVec's own CSV reader: the column names (trimmed). */
    private static List<String> header(Path file) {
        try (CSVRecordReader reader = new CSVRecordReader(0, DELIMITER)) {
            reader.initialize(new FileSplit(file.toFile()));
            if (!reader.hasNext()) {
                throw new LabelledCsvException(file + ": empty file, expected a header line");
            }
            List<String> names = new ArrayList<>();
            for (Writable cell : reader.next()) {
                names.add(cell.toString().trim());
            }
            for (int c = 0; c < names.size(); c++) {
                if (names.indexOf(names.get(c)) != c) {
                    throw new LabelledCsvException(file + ":1: column \"" + names.get(c) + "\" (" + (c + 1)
                            + ") has the same name as column " + (names.indexOf(names.get(c)) + 1));
                }
            }
            return names;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new LabelledCsvException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The schema of the whole file, built from its header. */
    private static Schema schema(Path file, List<String> header, List<String> featureColumns, String labelColumn,
                                 List<String> classes) {
        List<String> wanted = new ArrayList<>(featureColumns);
        wanted.add(labelColumn);
        for (String name : wanted) {
            if (!header.contains(name)) {
                throw new LabelledCsvException(file + ": no column \"" + name + "\"; the columns are "
                        + String.join(", ", header));
            }
        }
        Schema.Builder schema = new Schema.Builder();
        for (String name : header) {
            if (featureColumns.contains(name)) {
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
            while (reader.hasNext()) {
                Record record = reader.nextRecord();
                // RecordMetaDataLine counts from 0 with the header as line 0; files count from 1.
                long line = ((RecordMetaDataLine) record.getMetaData()).getLineNumber() + 1L;
                List<Writable> cells = record.getRecord();
                if (cells.size() != schema.numColumns()) {
                    throw new LabelledCsvException(file + ":" + line + ": expected " + schema.numColumns()
                            + " cells, found " + cells.size());
                }
                for (int c = 0; c < cells.size(); c++) {
                    ColumnMetaData column = schema.getMetaData(c);
                    if (!isValid(column, cells.get(c))) {
                        throw new LabelledCsvException(file + ":" + line + ": column \"" + column.getName() + "\" ("
                                + (c + 1) + "): expected " + expected(column) + ", found \""
                                + cells.get(c) + "\"");
                    }
                }
                rows++;
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new LabelledCsvException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (rows == 0) {
            throw new LabelledCsvException(file + ": no data rows after the header");
        }
        return rows;
    }

    /**
     * DataVec's rule for the column, plus finiteness for numbers: M2.1's {@code DoubleMetaData.isValid} accepts NaN
     * and ±Infinity even when the column was declared without them (it only checks min and max after parsing).
     */
    private static boolean isValid(ColumnMetaData column, Writable cell) {
        return column.isValid(cell)
                && (column.getColumnType() != ColumnType.Double || Double.isFinite(cell.toDouble()));
    }

    private static String expected(ColumnMetaData column) {
        return switch (column.getColumnType()) {
            case Double -> "a finite number";
            case Categorical -> "one of " + String.join(", ", ((CategoricalMetaData) column).getStateNames());
            default -> "a " + column.getColumnType();
        };
    }
}
