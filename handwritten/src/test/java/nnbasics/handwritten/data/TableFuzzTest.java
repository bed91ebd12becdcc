package nnbasics.handwritten.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the hand-written CSV reader: any bytes in a file either read as a well-formed {@link Table} whose numeric
 * columns read as finite numbers, or fail with a {@link DataException} whose message is one line without Java
 * internals. Any other exception is a finding.
 *
 * <p>Regression mode (every {@code mvn test}) runs the committed inputs in
 * {@code src/test/resources/nnbasics/handwritten/data/TableFuzzTestInputs/readAnyBytes/}; fuzzing mode:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl handwritten -Dtest=TableFuzzTest -Djazzer.max_duration=10m} (one fuzz
 * test at a time: add {@code #numericTableReadsAsTable} to the test name for the streaming reader's).
 */
class TableFuzzTest {

    private static Path folder;

    @BeforeAll
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("table-fuzz");
    }

    @AfterAll
    static void removeFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("input.csv"));
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "30s")
    void readAnyBytes(byte[] input) throws IOException {
        Path file = folder.resolve("input.csv");
        Files.write(file, input);
        try {
            Table table = Table.read(file);
            assertWellFormed(table);
            List<String> numeric = table.numericColumnNames();
            double[][] values = table.numericColumns(numeric);
            for (double[] row : values) {
                for (double value : row) {
                    assertTrue(Double.isFinite(value), "a numeric column gave " + value);
                }
            }
            for (String column : table.columns()) {
                try {
                    table.numericColumn(column);
                    assertTrue(numeric.contains(column), column + " read as numbers but is not listed as numeric");
                } catch (DataException e) {
                    assertFalse(numeric.contains(column), column + " is listed as numeric but does not read");
                    UserMessages.assertUserFacing(e.getMessage());
                }
                try {
                    assertEquals(table.rows().size(), table.stringColumn(column).size());
                } catch (DataException e) {
                    UserMessages.assertUserFacing(e.getMessage());
                }
            }
        } catch (DataException e) {
            UserMessages.assertUserFacing(e.getMessage());
        }
    }

    /**
     * The streaming reader {@code fit} uses against {@link Table}, the reference: on any bytes the same outcome —
     * the same message, or the same columns, rows and numeric columns, each value with the same bits.
     */
    @FuzzTest(maxDuration = "30s")
    void numericTableReadsAsTable(byte[] input) throws IOException {
        Path file = folder.resolve("input.csv");
        Files.write(file, input);
        Table table;
        try {
            table = Table.read(file);
        } catch (DataException expected) {
            DataException actual = assertThrows(DataException.class, () -> NumericTable.read(file));
            assertEquals(expected.getMessage(), actual.getMessage());
            return;
        }
        NumericTable numbers = NumericTable.read(file);
        assertEquals(table.columns(), numbers.columns());
        assertEquals(table.rows().size(), numbers.rowCount());
        assertEquals(table.numericColumnNames(), numbers.numericColumnNames());
        for (String column : table.columns()) {
            double[] expected;
            try {
                expected = table.numericColumn(column);
            } catch (DataException e) {
                DataException actual = assertThrows(DataException.class, () -> numbers.numericColumn(column));
                assertEquals(e.getMessage(), actual.getMessage());
                continue;
            }
            double[] actual = numbers.numericColumn(column);
            assertEquals(expected.length, actual.length, column);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                        column + " row " + i);
            }
        }
    }

    private static void assertWellFormed(Table table) {
        assertFalse(table.columns().isEmpty(), "no columns");
        assertFalse(table.rows().isEmpty(), "no rows");
        long previousLine = 1;
        for (Table.Row row : table.rows()) {
            assertEquals(table.columns().size(), row.cells().size(), "cells in the row of line " + row.line());
            assertTrue(row.line() > previousLine, "line " + row.line() + " after line " + previousLine);
            previousLine = row.line();
        }
    }
}
