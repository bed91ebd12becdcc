package nnbasics.handwritten.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSV files, and the exact message of every mistake a user can make in one. */
class TableTest {

    /** The CSV cells are parsed as decimal text and compared with the same decimal literals: exact. */
    private static final double EXACT = 0;

    @TempDir
    Path folder;

    private static Path dataDir() {
        String property = System.getProperty("nnbasics.dataDir");
        return property != null ? Path.of(property) : Path.of("..", "data");
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static DataException readFails(Path file) {
        return assertThrows(DataException.class, () -> Table.read(file), "reading " + file + " should fail");
    }

    @Test
    void readsTheHouses() {
        Table houses = Table.read(dataDir().resolve("houses.csv"));

        // The header and the ten rows of the guide's table (guide.md, "Data").
        assertEquals(List.of("area", "bathrooms", "price"), houses.columns(), "columns");
        assertEquals(10, houses.rows().size(), "number of rows");
        assertEquals(2, houses.rows().get(0).line(), "line of the first row (the header is line 1)");
        assertEquals(11, houses.rows().get(9).line(), "line of the last row");
        assertArrayEquals(new double[] {2104, 1600, 2400, 1416, 3000, 1985, 1534, 1427, 1380, 1494},
                houses.numericColumn("area"), EXACT, "areas");
        assertArrayEquals(new double[] {399900, 329900, 369000, 232000, 539900, 299900, 314900, 198999, 212000,
                242500}, houses.numericColumn("price"), EXACT, "prices");
        assertArrayEquals(new double[] {1416, 2}, houses.numericColumns(List.of("area", "bathrooms"))[3], EXACT,
                "row 4, area and bathrooms");
        assertEquals(List.of("area", "bathrooms", "price"), houses.numericColumnNames(), "numeric columns");
    }

    @Test
    void trimsCellsSkipsBlankLinesAndCountsLinesOfEveryKind() throws IOException {
        Path file = write("mixed.csv", " name , x \r\n\r\n a , 1 \n   \n\"b\nc\", 2e1\r\"d\",-.5\n");
        Table table = Table.read(file);

        assertEquals(List.of("name", "x"), table.columns(), "trimmed header");
        assertEquals(List.of("a", "1"), table.rows().get(0).cells(), "trimmed cells");
        assertEquals(3, table.rows().get(0).line(), "line after a blank CRLF line");
        assertEquals(5, table.rows().get(1).line(), "line after a line of spaces");
        assertEquals(7, table.rows().get(2).line(), "line after a quoted cell that spans two lines and a CR");
        assertArrayEquals(new double[] {1, 20, -0.5}, table.numericColumn("x"), EXACT, "numbers");
        assertEquals(List.of("a", "b\nc", "d"), table.stringColumn("name"), "strings");
        assertEquals(List.of("x"), table.numericColumnNames(), "numeric columns");
    }

    @Test
    void missingFile() {
        Path file = folder.resolve("nothing.csv");
        assertEquals(file + ": file not found", readFails(file).getMessage());
    }

    @Test
    void folderInsteadOfFile() {
        assertEquals(folder + ": is a folder, expected a CSV file", readFails(folder).getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.csv", "");
        assertEquals(file + ": empty file, expected a header line with the column names",
                readFails(file).getMessage());
    }

    @Test
    void onlyBlankLines() throws IOException {
        Path file = write("blank.csv", "\n  \n\n");
        assertEquals(file + ": empty file, expected a header line with the column names",
                readFails(file).getMessage());
    }

    @Test
    void duplicateColumnName() throws IOException {
        Path file = write("dup.csv", "area,price,area\n1,2,3\n");
        assertEquals(file + ":1: duplicate column name \"area\" (columns 1 and 3)", readFails(file).getMessage());
    }

    @Test
    void emptyColumnName() throws IOException {
        Path file = write("unnamed.csv", "area,,price\n1,2,3\n");
        assertEquals(file + ":1: column 2 has no name in the header", readFails(file).getMessage());
    }

    @Test
    void rowWithTooFewCells() throws IOException {
        Path file = write("short.csv", "area,bathrooms,price\n2104,3,399900\n1600,3\n");
        assertEquals(file + ":3: expected 3 cells, found 2", readFails(file).getMessage());
    }

    @Test
    void rowWithTooManyCells() throws IOException {
        Path file = write("long.csv", "area,bathrooms,price\n\n2104,3,399900,7\n");
        assertEquals(file + ":3: expected 3 cells, found 4", readFails(file).getMessage());
    }

    @Test
    void noDataRows() throws IOException {
        Path file = write("header.csv", "area,bathrooms,price\n\n");
        assertEquals(file + ": no data rows, only the header", readFails(file).getMessage());
    }

    @Test
    void malformedCsvNamesTheFile() throws IOException {
        Path file = write("quote.csv", "area,price\n1,\"2\n");
        String message = readFails(file).getMessage();
        assertEquals(true, message.startsWith(file + ":") && message.contains("malformed CSV"),
                "message names the file and says malformed CSV: " + message);
        assertEquals(false, message.contains("\n"), "one line: " + message);
    }

    /** Found by TableFuzzTest (corpus input unclosed-quote-alone): Commons CSV's message named java.io.IOException. */
    @Test
    void unclosedQuoteSaysWhereTheQuotedCellStarts() throws IOException {
        Path file = write("unclosed.csv", "area,price\n1,\"2\n3,4\n");
        assertEquals(file + ":2: column \"price\" (2): malformed CSV, the quote that opens this cell is never closed"
                + " (expected a closing \", and \"\" for a quote inside a quoted cell)", readFails(file).getMessage());
    }

    /** The other malformed-CSV message of Commons CSV 1.10 (corpus input text-after-quote), also without Java's. */
    @Test
    void textAfterAClosingQuoteNamesItsLine() throws IOException {
        Path file = write("after.csv", "area,price\n1,2\n3,\"4\"x\n");
        assertEquals(file + ":3: column \"price\" (2): malformed CSV, expected a comma or the end of the line after the"
                + " closing quote, found \"x\" (write \"\" for a quote inside a quoted cell)", readFails(file).getMessage());
    }

    @Test
    void noSuchColumn() throws IOException {
        Table table = Table.read(write("t.csv", "area,bathrooms,price\n1,2,3\n"));
        DataException e = assertThrows(DataException.class, () -> table.columnIndex("x"));
        assertEquals(table.file() + ": no column \"x\"; the columns are area, bathrooms, price", e.getMessage());
        DataException numeric = assertThrows(DataException.class, () -> table.numericColumns(List.of("area", "x")));
        assertEquals(e.getMessage(), numeric.getMessage(), "numericColumns names the missing column too");
    }

    @Test
    void columnIndex() throws IOException {
        Table table = Table.read(write("t.csv", "area,bathrooms,price\n1,2,3\n"));
        assertEquals(2, table.columnIndex("price"), "index of price");
    }

    @Test
    void notANumber() throws IOException {
        Path file = write("abc.csv", "label,area\ngood,1\nbad,2\nugly,abc\n");
        Table table = Table.read(file);
        DataException e = assertThrows(DataException.class, () -> table.numericColumn("area"));
        assertEquals(file + ":4: column \"area\" (2): expected a finite number, found \"abc\"", e.getMessage());
    }

    @Test
    void emptyNumericCell() throws IOException {
        Path file = write("hole.csv", "area,price\n1,2\n,3\n");
        Table table = Table.read(file);
        DataException e = assertThrows(DataException.class, () -> table.numericColumns(List.of("price", "area")));
        assertEquals(file + ":3: column \"area\" (1): expected a finite number, found an empty cell", e.getMessage());
    }

    @Test
    void nanAndInfinityAreNotAccepted() throws IOException {
        Path file = write("special.csv", "a,b,c,d,e\nNaN,Infinity,-Infinity,1e999,0x10\n");
        Table table = Table.read(file);
        String[][] expected = {{"a", "1", "NaN"}, {"b", "2", "Infinity"}, {"c", "3", "-Infinity"},
            {"d", "4", "1e999"}, {"e", "5", "0x10"}};
        for (String[] column : expected) {
            DataException e = assertThrows(DataException.class, () -> table.numericColumn(column[0]),
                    "column " + column[0]);
            assertEquals(file + ":2: column \"" + column[0] + "\" (" + column[1] + "): expected a finite number, found \""
                    + column[2] + "\"", e.getMessage());
        }
        assertEquals(List.of(), table.numericColumnNames(), "no numeric column");
    }

    @Test
    void multiLineCellStaysOneLineInTheMessage() throws IOException {
        Path file = write("multi.csv", "area\n\"1\n2\"\n");
        Table table = Table.read(file);
        DataException e = assertThrows(DataException.class, () -> table.numericColumn("area"));
        assertEquals(file + ":2: column \"area\" (1): expected a finite number, found \"1\\n2\"", e.getMessage());
    }

    @Test
    void emptyStringCell() throws IOException {
        Path file = write("labels.csv", "area,label\n1,good\n2,\"  \"\n");
        Table table = Table.read(file);
        DataException e = assertThrows(DataException.class, () -> table.stringColumn("label"));
        assertEquals(file + ":3: column \"label\" (2): expected a value, found an empty cell", e.getMessage());
    }

    @Test
    void numericColumnNamesKeepsFileOrder() throws IOException {
        Table table = Table.read(write("order.csv", "z,label,a,part\n1,x,2,3\n4,y,5,\n"));
        assertEquals(List.of("z", "a"), table.numericColumnNames(), "numeric columns in file order");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstName() throws IOException {
        Table table = Table.read(write("bom.csv", "\uFEFFarea,price\n1,2\n"));
        assertEquals(List.of("area", "price"), table.columns(), "columns");
    }

    @Test
    void tableIsImmutable() throws IOException {
        Table table = Table.read(write("t.csv", "a\n1\n"));
        assertThrows(UnsupportedOperationException.class, () -> table.columns().add("b"), "columns");
        assertThrows(UnsupportedOperationException.class, () -> table.rows().clear(), "rows");
    }
}
