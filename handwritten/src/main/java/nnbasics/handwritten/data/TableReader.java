package nnbasics.handwritten.data;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with Commons CSV in one streaming pass: the first record is the header, every cell is trimmed,
 * blank lines (empty or only spaces) are skipped, and every mistake becomes a {@link DataException}. Each data row
 * is handed to a {@link Rows} as it is read, so the memory held is one record, whatever the size of the file:
 * {@link Table} keeps every row's text, {@link NumericTable} only the numbers.
 */
final class TableReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** What a streaming read hands the header and each data row to. */
    interface Rows {
        /** @param columns the column names, checked (none empty, no duplicate) */
        void header(List<String> columns);

        /**
         * @param line  the 1-based line on which the row starts
         * @param cells the trimmed cells, exactly one per column
         */
        void row(long line, List<String> cells);
    }

    private TableReader() {
    }

    static Table read(Path file) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> columns = stream(file, bytes -> { }, new Rows() {
            @Override
            public void header(List<String> names) {
            }

            @Override
            public void row(long line, List<String> cells) {
                rows.add(new Table.Row(line, cells));
            }
        });
        return new Table(file, columns, rows);
    }

    /**
     * Reads the file record by record.
     *
     * @param bytesRead told the number of bytes of the file read so far, as the reading goes on
     * @return the column names
     * @throws DataException as {@link Table#read(Path)}
     */
    static List<String> stream(Path file, LongConsumer bytesRead, Rows handler) {
        List<String> columns = null;
        long dataRows = 0;
        try (LineTrackingReader lines = open(file, bytesRead);
             CSVParser parser = FORMAT.parse(lines)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, file, parser)) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                long line = lines.lineOfRecordAt(record.getCharacterPosition());
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;                                              // a line of spaces
                }
                if (columns == null) {
                    columns = header(file, line, cells);
                    handler.header(columns);
                } else if (cells.size() != columns.size()) {
                    throw new DataException(file + ":" + line + ": expected " + columns.size() + " cells, found "
                            + cells.size());
                } else {
                    handler.row(line, cells);
                    dataRows++;
                }
            }
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        if (columns == null) {
            throw new DataException(file + ": empty file, expected a header line with the column names");
        }
        if (dataRows == 0) {
            throw new DataException(file + ": no data rows, only the header");
        }
        return columns;
    }

    /** The file as UTF-8 text (a malformed byte is an error, not a replacement character), without a BOM. */
    private static LineTrackingReader open(Path file, LongConsumer bytesRead) {
        if (!Files.exists(file)) {
            throw new DataException(file + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw new DataException(file + ": is a folder, expected a CSV file");
        }
        try {
            InputStream bytes = new CountingInputStream(Files.newInputStream(file), bytesRead);
            Reader text = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            PushbackReader start = new PushbackReader(text, 1);
            int first = start.read();
            if (first >= 0 && first != BYTE_ORDER_MARK) {
                start.unread(first);
            }
            return new LineTrackingReader(start);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static DataException cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(file + ": file not found", e);
        }
        if (e instanceof AccessDeniedException) {
            return new DataException(file + ": cannot read, permission denied", e);
        }
        if (e instanceof CharacterCodingException) {
            return new DataException(file + ": cannot read, expected UTF-8 text", e);
        }
        return new DataException(file + ": cannot read (" + e.getMessage() + ")", e);
    }

    /**
     * Commons CSV parses the next record inside hasNext(), so that is where malformed CSV shows up, and, the text
     * being decoded as it streams, a byte that is not UTF-8. Commons CSV's message names the line in Java's words, so
     * {@link CsvSyntax} reads the file again to find the line and the column.
     */
    private static boolean hasNext(Iterator<CSVRecord> records, Path file, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw cannotRead(file, coding);
            }
            if (e.getCause() instanceof LineTrackingReader.CellTooLongException tooLong) {
                throw Table.cellTooLong(file, tooLong.line, e);
            }
            throw malformed(file, parser, e);
        } catch (IllegalStateException e) {
            throw malformed(file, parser, e);
        }
    }

    private static DataException malformed(Path file, CSVParser parser, RuntimeException e) {
        // a second read finds the line and column; a pipe or FIFO cannot be read again (it would wait for ever)
        CsvSyntax.Mistake mistake = Files.isRegularFile(file) ? CsvSyntax.firstMistake(file) : null;
        return new DataException(mistake == null
                ? file + ":" + parser.getCurrentLineNumber() + ": malformed CSV, expected each quoted cell to end"
                        + " with a quote followed by a comma or the end of the line"
                : file + ":" + mistake.line() + ": " + mistake.columnText() + ": malformed CSV, " + mistake.what(),
                e);
    }

    private static List<String> header(Path file, long line, List<String> cells) {
        if (cells.size() == 1) {
            for (String[] separator : new String[][] {{";", "semicolons"}, {"\t", "tabs"}, {"|", "bars"}}) {
                if (cells.get(0).contains(separator[0])) {
                    throw new DataException(file + ":" + line + ": expected commas between the column names, found "
                            + separator[1] + " (the header is one name, " + Cells.describe(cells.get(0)) + ")");
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String name = cells.get(c);
            if (name.isEmpty()) {
                throw new DataException(file + ":" + line + ": column " + (c + 1) + " has no name in the header");
            }
            Integer earlier = seen.putIfAbsent(name, c);
            if (earlier != null) {
                throw new DataException(file + ":" + line + ": duplicate column name " + Cells.describe(name)
                        + " (columns " + (earlier + 1) + " and " + (c + 1) + ")");
            }
        }
        return cells;
    }

    /** Tells how many bytes have been read so far, after each read. */
    private static final class CountingInputStream extends FilterInputStream {
        private final LongConsumer bytesRead;
        private long count;

        CountingInputStream(InputStream in, LongConsumer bytesRead) {
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
