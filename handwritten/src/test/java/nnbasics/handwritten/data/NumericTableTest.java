package nnbasics.handwritten.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming numeric reader against the text-keeping {@link Table}, the reference: on every data file and on
 * every kind of bad input, the same values (bit for bit) and the same message, word for word.
 */
class NumericTableTest {

    @TempDir
    Path folder;

    private static Path dataDir() {
        String property = System.getProperty("nnbasics.dataDir");
        return property != null ? Path.of(property) : Path.of("..", "data");
    }

    static Stream<String> dataFiles() {
        return Stream.of("houses.csv", "houses-labelled.csv", "houses-three-classes.csv", "portland-houses.csv",
                "food-trucks.csv", "iris.csv");
    }

    /** Files that read, some with bad cells, and files that do not read; each line break of every kind. */
    static Stream<String> contents() {
        return Stream.of(
                "area,bathrooms,price\n2104,3,399900\n1600,3,329900\n",
                " name , x \r\n\r\n a , 1 \n   \n\"b\nc\", 2e1\r\"d\",-.5\n",
                "label,area\ngood,1\nbad,2\nugly,abc\n",
                "area,price\n1,2\n,3\n",
                "a,b,c,d,e\nNaN,Infinity,-Infinity,1e999,0x10\n",
                "area\n\"1\n2\"\n",
                "x,y\r1,2\r\r3,bad\r5,6",
                "x,y\r\n1,2\r\n\r\n\"q\r\nq\",4\r\n5,oops\r\n",
                "\uFEFFx,y\n1,2\n3,4\n",
                "x,y\n1,2\n3,4",
                "x,y,z\n1,a,3\n4,5,b\nc,7,8\n",
                "x,y\n1,2\n3, 4 \n+5,-.5e-3\n",
                "",
                "\n  \n\n",
                "area,price,area\n1,2,3\n",
                "area,,price\n1,2,3\n",
                "area,bathrooms,price\n2104,3,399900\n1600,3\n",
                "area,bathrooms,price\n\n2104,3,399900,7\n",
                "area,bathrooms,price\n\n",
                "area,price\n1,\"2\n",
                "a,b\n1,\"x\"y\n");
    }

    @ParameterizedTest
    @MethodSource("dataFiles")
    void dataFilesReadAsTheTableReadsThem(String name) {
        compare(dataDir().resolve(name));
    }

    @ParameterizedTest
    @MethodSource("contents")
    void sameValuesAndMessagesAsTheTable(String content) throws IOException {
        compare(write("t.csv", content));
    }

    @Test
    void notUtf8() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, new byte[] {'x', '\n', '1', '\n', (byte) 0xFF, '\n'});
        compare(file);
        assertEquals(file + ": cannot read, expected UTF-8 text", readFails(file).getMessage());
    }

    @Test
    void missingFileAndFolder() {
        compare(folder.resolve("nothing.csv"));
        compare(folder);
    }

    /**
     * Many rows (across many chunks and many of the parser's buffers), a record longer than a buffer, and a bad
     * cell at the end: the line is counted right however far into the file it is.
     */
    @Test
    void linesAreCountedAcrossBuffersAndChunks() throws IOException {
        StringBuilder s = new StringBuilder("x,y\n");
        for (int i = 0; i < 3 * DoubleChunks.CHUNK + 5; i++) {
            s.append(i).append(i % 3 == 0 ? ",1\r\n" : ",2\n");
        }
        s.append("\"").append("7".repeat(20_000)).append("\",2\n");            // longer than a buffer
        s.append("\n\n1,bad\n");
        Path file = write("many.csv", s.toString());
        compare(file);
        long rows = 3L * DoubleChunks.CHUNK + 5;
        long badLine = 1 + rows + 1 + 2 + 1;                         // header, rows, the long one, 2 blank lines
        DataException e = assertThrows(DataException.class, () -> NumericTable.read(file).numericColumn("y"));
        assertEquals(file + ":" + badLine + ": column \"y\" (2): expected a finite number, found \"bad\"",
                e.getMessage());
    }

    /**
     * A column grows from a small chunk: a 100,000-column file of 3 rows holds 16 doubles a column, not 8,192 (which
     * is 6.5 GB before the first row). Across every chunk boundary the values come back in order, and what is held
     * stays within the doubling bound of DoubleChunks' javadoc.
     */
    @Test
    void aColumnStartsSmallAndGrowsWithoutLosingAValue() {
        DoubleChunks few = new DoubleChunks();
        for (int i = 0; i < 3; i++) {
            few.add(i);
        }
        assertEquals(DoubleChunks.FIRST, few.capacity(), "three values hold one first chunk");
        for (int n : new int[] {0, 1, 15, 16, 17, 8191, 8192, 8193, 16_384 + 8192 - 16, 3 * 8192 + 5, 100_000}) {
            DoubleChunks column = new DoubleChunks();
            for (int i = 0; i < n; i++) {
                column.add(i + 0.5);
            }
            assertTrue(column.capacity() <= Math.max(2L * n + DoubleChunks.FIRST, n + DoubleChunks.CHUNK),
                    n + " values held in " + column.capacity());
            double[] all = column.toArray();
            assertEquals(n, all.length, "the length");
            for (int i = 0; i < n; i++) {
                assertEquals(i + 0.5, all[i], 0, "value " + i + " of " + n);
            }
        }
    }

    /** Every value is exactly what {@link Double#parseDouble} makes of the cell's text. */
    @Test
    void valuesAreBitIdenticalToDoubleParseDouble() throws IOException {
        SplittableRandom random = new SplittableRandom(12);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-300, 300));
            String cell = switch (i % 5) {
                case 0 -> Double.toString((random.nextDouble() - 0.5) * magnitude);
                case 1 -> String.format(Locale.ROOT, "%.17g", random.nextDouble() * 1e6);
                case 2 -> String.format(Locale.ROOT, "%.3f", random.nextDouble() * 4000);
                case 3 -> Long.toString(random.nextLong());
                default -> String.format(Locale.ROOT, "%.25e", random.nextDouble() * magnitude);
            };
            cells.add(cell);
        }
        StringBuilder s = new StringBuilder("v\n");
        cells.forEach(c -> s.append(c).append('\n'));
        double[] values = NumericTable.read(write("random.csv", s.toString())).numericColumn("v");
        assertEquals(cells.size(), values.length, "one value per cell");
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cells.get(i))),
                    Double.doubleToRawLongBits(values[i]), "cell " + cells.get(i));
        }
    }

    @Test
    void onlyTheKeptColumnsHoldNumbersAndProgressCountsEveryByte() throws IOException {
        Path file = write("keep.csv", "a,b,c\n1,2,3\n4,5,6\n");
        AtomicLong bytes = new AtomicLong();
        NumericTable table = NumericTable.read(file, List.of("c", "a"), bytes::set);
        assertEquals(Files.size(file), bytes.get(), "the last progress report is the file's size");
        assertArrayEquals(new double[] {1, 4}, table.numericColumn("a"), "a");
        assertArrayEquals(new double[] {3, 6}, table.numericColumn("c"), "c");
        assertEquals(List.of("a", "b", "c"), table.numericColumnNames(), "b is checked although not kept");
        assertThrows(IllegalStateException.class, () -> table.numericColumn("b"), "b was not kept");
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static DataException readFails(Path file) {
        return assertThrows(DataException.class, () -> NumericTable.read(file), "reading " + file + " should fail");
    }

    /** Table and NumericTable read the file, and answer every question alike. */
    private static void compare(Path file) {
        Table table;
        try {
            table = Table.read(file);
        } catch (DataException expected) {
            assertEquals(expected.getMessage(), readFails(file).getMessage(), "the read fails with Table's message");
            return;
        }
        NumericTable numbers = NumericTable.read(file);
        assertEquals(table.columns(), numbers.columns(), "columns");
        assertEquals(table.rows().size(), numbers.rowCount(), "rows");
        assertEquals(table.numericColumnNames(), numbers.numericColumnNames(), "numeric columns");
        List<String> names = new ArrayList<>(table.columns());
        for (String name : names) {
            same(() -> new double[][] {table.numericColumn(name)}, () -> new double[][] {numbers.numericColumn(name)},
                    "column " + name);
        }
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        for (List<String> order : List.of(names, reversed, List.of(names.get(0), "no such column"))) {
            same(() -> transpose(table.numericColumns(order), order.size()), () -> numbers.numericColumns(order),
                    "columns " + order);
        }
    }

    private static void same(java.util.function.Supplier<double[][]> reference,
                             java.util.function.Supplier<double[][]> streamed, String what) {
        double[][] expected;
        try {
            expected = reference.get();
        } catch (DataException e) {
            DataException actual = assertThrows(DataException.class, streamed::get, what + " should fail");
            assertEquals(e.getMessage(), actual.getMessage(), what);
            return;
        }
        double[][] actual = streamed.get();
        assertEquals(expected.length, actual.length, what);
        for (int c = 0; c < expected.length; c++) {
            assertArrayEquals(expected[c], actual[c], 0, what);   // assertArrayEquals on doubles compares bits
        }
    }

    private static double[][] transpose(double[][] rows, int columns) {
        double[][] t = new double[columns][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < columns; c++) {
                t[c][i] = rows[i][c];
            }
        }
        return t;
    }
}
