package nnbasics.handwritten.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvSyntax} finds the line and the column of a quoting mistake, by the rules of Commons CSV's default
 * format, and finds none in text that Commons CSV reads.
 */
class CsvSyntaxTest {

    private static final String SOUND = "a,b\n\"1\",\"x, \"\"y\"\"\"\n\"multi\nline\" ,2\r\n3,4\"5\n";
    private static final String TEXT_AFTER_QUOTE = "a,b,c\n1,\"2\"x,3\n";
    private static final String AFTER_QUOTED_BREAK = "a,b\r\n\"one\r\ntwo\",2\r\n3,\"4\"\"\"5\r\n";
    private static final String NEVER_CLOSED = "a,b\n1,2\n\n3,\"4\n5,6\n";

    /** The judge of what is sound: Commons CSV with the format {@link TableReader} uses. */
    private static boolean commonsCsvReads(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).build().parse(new StringReader(text))) {
            for (CSVRecord ignored : parser) {
                // every record parsed
            }
            return true;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }

    @Test
    void commonsCsvAgreesOnWhichTextsAreSound() {
        assertTrue(commonsCsvReads(SOUND));
        for (String bad : new String[] {TEXT_AFTER_QUOTE, AFTER_QUOTED_BREAK, NEVER_CLOSED}) {
            assertFalse(commonsCsvReads(bad), bad);
        }
    }

    @Test
    void soundQuotingHasNoMistake() {
        assertNull(CsvSyntax.firstMistake(SOUND),
                "quoted cells, \"\" inside one, a line break inside one, spaces after one, a quote inside a plain cell");
    }

    @Test
    void textAfterAClosingQuote() {
        CsvSyntax.Mistake mistake = CsvSyntax.firstMistake(TEXT_AFTER_QUOTE);
        assertEquals(2, mistake.line(), "the line of the x");
        assertEquals(1, mistake.column(), "the second cell");
        assertEquals("b", mistake.name(), "named from the header");
        assertTrue(mistake.what().contains("found \"x\""), mistake.what());
    }

    @Test
    void aMistakeAfterAQuotedLineBreakCountsTheLines() {
        CsvSyntax.Mistake mistake = CsvSyntax.firstMistake(AFTER_QUOTED_BREAK);
        assertEquals(4, mistake.line(), "header 1, the quoted cell spans 2 and 3, the mistake is on 4");
        assertEquals(1, mistake.column());
    }

    @Test
    void aMistakeInTheHeaderHasNoColumnName() {
        CsvSyntax.Mistake mistake = CsvSyntax.firstMistake("\n\"a\"b,c\n1,2\n");
        assertEquals(2, mistake.line(), "after a blank first line");
        assertNull(mistake.name());
        assertEquals("column 1", mistake.columnText());
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereItOpens() {
        CsvSyntax.Mistake mistake = CsvSyntax.firstMistake(NEVER_CLOSED);
        assertEquals(4, mistake.line(), "the blank line 3 counts as a line");
        assertEquals(1, mistake.column());
        assertTrue(mistake.what().contains("never closed"), mistake.what());
    }
}
