package nnbasics.dl4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The one-pass numeric reader against {@link CsvMatrix} (two passes, the reference on the DataVec side): the same
 * doubles and the same messages; and every cell the double {@link Double#parseDouble} makes of it.
 */
class NumericCsvTest {

    @TempDir
    Path dir;

    private static Path dataDir() {
        String property = System.getProperty("nnbasics.dataDir");
        return property != null ? Path.of(property) : Path.of("..", "data");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void dataFilesReadAsCsvMatrixReadsThem() {
        same(dataDir().resolve("houses.csv"), List.of("area", "bathrooms"), "price");
        same(dataDir().resolve("portland-houses.csv"), List.of("size", "bedrooms"), "price");
        same(dataDir().resolve("food-trucks.csv"), List.of("population"), "profit");
        same(dataDir().resolve("iris.csv"), List.of("sepal_width", "petal_length", "petal_width"), "sepal_length");
    }

    @Test
    void badInputsGetCsvMatrixsMessages() throws IOException {
        String[] contents = {
            "x,y\n1,2\n3,abc\n",
            "x,y\n1,2\n3\n",
            "x,y\n1,2\n3,4,5\n",
            "x,y\n1,NaN\n",
            "x,y\n1,Infinity\n",
            "x,y\n,2\n",
            "x,y\n",
            "",
            "x,x\n1,2\n",
            "a,b\n1,2\n",
            "x,y\n1,2\n\n3,4\n\n",              // blank lines: skipped, as by CsvMatrix and the hand-written reader
            "x,y\n1,2\n \n3,4\n",
            "x,y\n1,2\n\"3,4\n",                  // a quote left open
            "\uFEFFx,y\n1,2\n",                    // a byte-order mark
            "x,y\n1,\"good\"\"x\"\n",               // found by CsvMatrixFuzzTest: a quote in the cell, escaped in the message
        };
        for (String content : contents) {
            same(write(content), List.of("x"), "y");
        }
        same(dir.resolve("missing.csv"), List.of("x"), "y");
    }

    @Test
    void everyCellIsTheDoubleJavaParsesAndProgressReachesTheEnd() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<String> cells = new ArrayList<>();
        StringBuilder s = new StringBuilder("x,y\n");
        for (int i = 0; i < 20_000; i++) {                 // more rows than a chunk holds
            String x = String.format(Locale.ROOT, "%.17g", (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-50, 50)));
            String y = Double.toString(random.nextDouble() * 1e6);
            cells.add(x);
            cells.add(y);
            s.append(x).append(',').append(y).append('\n');
        }
        Path file = write(s.toString());
        AtomicLong bytes = new AtomicLong();
        List<INDArray> xy = NumericCsv.read(file, List.of(List.of("x"), List.of("y")), null, bytes::set);
        assertEquals(Files.size(file), bytes.get(), "the last progress report is the file's size");
        assertEquals(DataType.DOUBLE, xy.get(0).dataType(), "double precision");
        for (int i = 0; i < 20_000; i++) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cells.get(2 * i))),
                    Double.doubleToRawLongBits(xy.get(0).getDouble(i, 0)), "x of row " + (i + 1));
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cells.get(2 * i + 1))),
                    Double.doubleToRawLongBits(xy.get(1).getDouble(i, 0)), "y of row " + (i + 1));
        }
        List<INDArray> first = NumericCsv.read(file, List.of(List.of("y", "x")), 3, b -> { });
        assertEquals(3, first.get(0).rows(), "--rows keeps the first rows");
        assertEquals(Double.parseDouble(cells.get(5)), first.get(0).getDouble(2, 0), 0, "row 3's y, exactly");
    }

    /**
     * A file of many columns and few rows: a chunk holds about 8,192 values whatever the width (8,192 rows a chunk
     * would ask for 8 · 8,192 · 100,000 bytes, 6.5 GB, before the first row of a 100,000-column file); a chunk of a
     * file wider than that holds one row. Each cell of the wide file is read exactly as CsvMatrix reads it.
     */
    @Test
    void aWideFileOfFewRowsIsReadInSmallChunks() throws IOException {
        assertEquals(8192, NumericCsv.rowsPerChunk(1), "one column: 8,192 rows a chunk");
        assertEquals(2, NumericCsv.rowsPerChunk(4096), "4,096 columns: two rows a chunk");
        assertEquals(1, NumericCsv.rowsPerChunk(100_000), "100,000 columns: one row a chunk");
        int width = 9000;                                    // wider than a chunk: one row a chunk
        StringBuilder s = new StringBuilder();
        List<String> features = new ArrayList<>();
        for (int c = 1; c <= width; c++) {
            s.append(c == 1 ? "" : ",").append('c').append(c);
            if (c > 1) {
                features.add("c" + c);
            }
        }
        s.append('\n');
        for (int r = 0; r < 3; r++) {
            for (int c = 1; c <= width; c++) {
                s.append(c == 1 ? "" : ",").append(r * width + c).append(".5");
            }
            s.append('\n');
        }
        same(write(s.toString()), features, "c1");
    }

    /** NumericCsv and CsvMatrix read features then target alike: the same doubles, or the same message. */
    private static void same(Path file, List<String> features, String target) {
        List<String> columns = new ArrayList<>(features);
        columns.add(target);
        INDArray all;
        try {
            all = CsvMatrix.read(file, columns, null, List.of());
        } catch (CsvException expected) {
            CsvException actual = assertThrows(CsvException.class,
                    () -> NumericCsv.read(file, List.of(features, List.of(target)), null, b -> { }), file.toString());
            assertEquals(expected.getMessage(), actual.getMessage(), "the message for " + file);
            return;
        }
        List<INDArray> xy = NumericCsv.read(file, List.of(features, List.of(target)), null, b -> { });
        for (int i = 0; i < all.rows(); i++) {
            for (int c = 0; c < columns.size(); c++) {
                double streamed = c < features.size() ? xy.get(0).getDouble(i, c) : xy.get(1).getDouble(i, 0);
                assertEquals(Double.doubleToRawLongBits(all.getDouble(i, c)), Double.doubleToRawLongBits(streamed),
                        file + " row " + (i + 1) + " column " + columns.get(c));
            }
        }
        assertEquals(all.rows(), xy.get(0).rows(), "rows of " + file);
    }
}
