package nnbasics.dl4j.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.datavec.api.records.Record;
import org.datavec.api.records.metadata.RecordMetaDataLine;
import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.split.InputStreamInputSplit;
import org.datavec.api.transform.ColumnType;
import org.datavec.api.transform.metadata.ColumnMetaData;
import org.datavec.api.transform.schema.Schema;
import org.datavec.api.writable.Writable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import nnbasics.dl4j.runtime.Nd4jRuntime;

/**
 * Numeric columns of a CSV file read the DataVec way in one streaming pass, straight into double-precision ND4J
 * matrices: each record from {@link CSVRecordReader} is checked against the schema (as {@link CsvMatrix} checks it,
 * with the same messages) and its cells' {@code toDouble()} appended to fixed-size chunks; at the end each group of
 * columns is copied once into its own [rows, columns] matrix. No list of records is kept, so the memory is 8 bytes a
 * cell on the heap while reading, then 8 bytes a cell off the heap.
 *
 * <pre>
 * header     CsvMatrix.header: the column names          schema   numeric columns Double, others String
 * per record line number, cell count, each cell valid     append   x_1 … x_n of each group, row-major, to its chunks
 * end        Nd4j.create(DOUBLE, rows, n) per group, filled chunk by chunk through its buffer
 * </pre>
 */
public final class NumericCsv {

    private static final char DELIMITER = ',';
    private static final int HEADER_LINES = 1;
    /** Values per chunk: 64 KB, small against a large file, large against a chunk's overhead. */
    private static final int CHUNK = 8192;

    private NumericCsv() {
    }

    /**
     * @param file      a CSV file whose first line names the columns
     * @param groups    groups of numeric columns, each read into its own matrix (e.g. the features, then the target)
     * @param rows      how many of the first rows to keep, or null for all; every row is checked either way
     * @param bytesRead told how many bytes of the file have been read, as the reading goes on
     * @return one [rows, group size] DOUBLE matrix per group
     * @throws CsvException as {@link CsvMatrix#read}
     */
    public static List<INDArray> read(Path file, List<List<String>> groups, Integer rows, LongConsumer bytesRead) {
        Nd4jRuntime.configure(); // threads and JavaCPP, once, whatever the entry point
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CsvException(file + ": file not found");
        }
        List<String> header = CsvMatrix.header(file);
        List<String> numeric = new ArrayList<>();
        groups.forEach(numeric::addAll);
        Schema schema = CsvMatrix.schema(file, header, numeric, null, List.of());
        int[][] indexes = new int[groups.size()][];
        List<List<double[]>> chunks = new ArrayList<>();
        java.util.Map<String, Integer> column = new java.util.HashMap<>();   // a name's index, without a scan
        for (int c = 0; c < header.size(); c++) {
            column.putIfAbsent(header.get(c), c);
        }
        for (int g = 0; g < groups.size(); g++) {
            indexes[g] = groups.get(g).stream().mapToInt(column::get).toArray();
            chunks.add(new ArrayList<>());
        }
        long kept = 0;
        long seen = 0;
        long previous = HEADER_LINES;
        try (CSVRecordReader reader = new CSVRecordReader(HEADER_LINES, DELIMITER);
             InputStream in = new Counting(Files.newInputStream(file), bytesRead)) {
            reader.initialize(new InputStreamInputSplit(in));
            while (reader.hasNext()) {
                Record record = CsvMatrix.nextRecord(reader, file, previous + 1);
                long line = record.getMetaData() instanceof RecordMetaDataLine meta
                        ? meta.getLineNumber() + 1L                 // DataVec counts from 0, the header as line 0
                        : previous + 1;                             // one line a record, the header is line 1
                previous = line;
                if (CsvMatrix.isBlank(record.getRecord())) {
                    continue;                                       // as the hand-written reader, skip blank lines
                }
                check(file, line, schema, record.getRecord());
                seen++;
                if (rows != null && kept >= rows) {
                    continue;
                }
                List<Writable> cells = record.getRecord();
                for (int g = 0; g < indexes.length; g++) {
                    append(chunks.get(g), indexes[g].length, kept, cells, indexes[g]);
                }
                kept++;
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new CsvException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (seen == 0) {
            throw new CsvException(file + ": no data rows after the header");
        }
        List<INDArray> matrices = new ArrayList<>();
        for (int g = 0; g < indexes.length; g++) {
            matrices.add(matrix(chunks.get(g), kept, indexes[g].length));
            chunks.set(g, null);                            // each group's chunks go once its matrix is made
        }
        return matrices;
    }

    /** The cells of one record: as many as the header, each valid for its column (CsvMatrix's rule). */
    private static void check(Path file, long line, Schema schema, List<Writable> cells) {
        if (cells.size() != schema.numColumns()) {
            throw new CsvException(file + ":" + line + ": expected " + schema.numColumns() + " cells, found "
                    + cells.size());
        }
        for (int c = 0; c < cells.size(); c++) {
            ColumnMetaData column = schema.getMetaData(c);
            if (column.getColumnType() == ColumnType.Double && !CsvMatrix.isValid(column, cells.get(c))) {
                throw new CsvException(file + ":" + line + ": column " + CsvMatrix.quoted(column.getName()) + " ("
                        + (c + 1) + "): expected " + CsvMatrix.expected(column) + ", found "
                        + CsvMatrix.quoted(cells.get(c).toString()));
            }
        }
    }

    /**
     * Whole rows a chunk holds: about CHUNK values, and at least one row. (CHUNK rows a chunk would make a file of
     * 100,000 columns and 3 rows ask for 6.5 GB before its first row.)
     */
    static int rowsPerChunk(int width) {
        return Math.max(1, CHUNK / Math.max(1, width));
    }

    /** Appends row {@code row}'s values of one group to its chunks (each chunk holds rowsPerChunk whole rows). */
    private static void append(List<double[]> chunks, int width, long row, List<Writable> cells, int[] columns) {
        int inChunk = (int) (row % rowsPerChunk(width));
        if (inChunk == 0) {
            chunks.add(new double[rowsPerChunk(width) * width]);
        }
        double[] chunk = chunks.get(chunks.size() - 1);
        for (int c = 0; c < width; c++) {
            chunk[inChunk * width + c] = cells.get(columns[c]).toDouble();   // Text → Double.parseDouble
        }
    }

    /** [rows, width] in double precision, row-major ('c'), filled from the chunks through the matrix's buffer. */
    private static INDArray matrix(List<double[]> chunks, long rows, int width) {
        INDArray matrix = Nd4j.create(DataType.DOUBLE, new long[] {rows, width}, 'c');
        DoubleBuffer buffer = matrix.data().asNioDouble();
        long left = rows * width;
        for (int k = 0; k < chunks.size(); k++) {
            int count = (int) Math.min(left, (long) rowsPerChunk(width) * width);
            buffer.put(chunks.get(k), 0, count);
            chunks.set(k, null);
            left -= count;
        }
        return matrix;
    }

    /** Tells how many bytes have been read so far, after each read. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer bytesRead;
        private long count;

        Counting(InputStream in, LongConsumer bytesRead) {
            super(in);
            this.bytesRead = bytesRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                bytesRead.accept(count);
            }
            return n;
        }
    }
}
