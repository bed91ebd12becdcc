package nnbasics.dl4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings of CsvMatrixFuzzTest, each with its exact message (its input is in that test's corpus too). */
class CsvMatrixMalformedTest {

    private static final List<String> CLASSES = List.of("good", "bad");

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("houses.csv"), text);
    }

    /** Corpus input unclosed-quote: DataVec's RuntimeException(IOException "Un-terminated quoted field") escaped. */
    @Test
    void aQuoteNotClosedOnItsLineNamesTheLine() throws IOException {
        Path file = write("area,label\n1,good\n2,\"bad\n");
        CsvException e = assertThrows(CsvException.class,
                () -> CsvMatrix.read(file, List.of("area"), "label", CLASSES));
        assertEquals(file + ":3: malformed CSV, expected a closing \" on this line for the quoted cell opened on it",
                e.getMessage());
    }

    /** Corpus input quoted-newline-label: a quoted line break, which DataVec cannot read, fails the same way. */
    @Test
    void aQuotedLineBreakIsMalformedForDataVec() throws IOException {
        Path file = write("area,label\n1,\"go\nod\"\n");
        CsvException e = assertThrows(CsvException.class,
                () -> CsvMatrix.read(file, List.of("area"), "label", CLASSES));
        assertEquals(file + ":2: malformed CSV, expected a closing \" on this line for the quoted cell opened on it",
                e.getMessage());
    }

    /** The header is read by the same parser: an unclosed quote there is line 1. */
    @Test
    void aQuoteNotClosedInTheHeader() throws IOException {
        Path file = write("area,\"label\n1,good\n");
        CsvException e = assertThrows(CsvException.class, () -> CsvMatrix.header(file));
        assertEquals(file + ":1: malformed CSV, expected a closing \" on this line for the quoted cell opened on it",
                e.getMessage());
    }

    /** A cell with a quote in it is shown escaped, so the message says unambiguously what was found. */
    @Test
    void aFoundCellIsQuotedWithItsQuotesEscaped() throws IOException {
        Path file = write("area,label\n1,good\n2,\"\"\"worst\"\"\"\n");
        CsvException e = assertThrows(CsvException.class,
                () -> CsvMatrix.read(file, List.of("area"), "label", CLASSES));
        assertEquals(file + ":3: column \"label\" (2): expected one of good, bad, found \"\\\"worst\\\"\"",
                e.getMessage());
    }

    /**
     * Corpus input tab-header-quoting-java: a header on tabs whose one name holds a quote was quoted unescaped, so
     * the name's own text ran out of its quotes; it is escaped as every other quoted cell, and stays one line.
     */
    @Test
    void aTabHeaderIsQuotedWithItsQuotesAndTabsEscaped() throws IOException {
        Path file = write("area\t\"x\"\tlabel\n1\t2\tgood\n");
        CsvException e = assertThrows(CsvException.class, () -> CsvMatrix.header(file));
        assertEquals(file + ":1: expected commas between the column names, found tabs (the header is one name,"
                + " \"area\\t\\\"x\\\"\\tlabel\")", e.getMessage());
    }
}
