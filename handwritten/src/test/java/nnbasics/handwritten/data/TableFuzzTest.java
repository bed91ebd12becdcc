package nnbasics.handwritten.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code JAZZER_FUZZ=1 mvn -B test -pl handwritten -Dtest=TableFuzzTest -Djazzer.max_duration=10m}.
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
