package nnbasics.handwritten.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with Commons CSV into a {@link Table}: the first record is the header, every cell is trimmed,
 * blank lines (empty or only spaces) are skipped, and every mistake becomes a {@link DataException}.
 */
final class TableReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** The line Commons CSV names in its messages: "(line 2)" or "(startline 2)". */
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    private TableReader() {
    }

    static Table read(Path file) {
        String text = readText(file);
        LineIndex lines = new LineIndex(text);
        List<String> columns = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, file, parser)) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;                                              // a line of spaces
                }
                long line = lines.lineOfRecordAt(record.getCharacterPosition());
                if (columns == null) {
                    columns = header(file, line, cells);
                } else if (cells.size() != columns.size()) {
                    throw new DataException(file + ":" + line + ": expected " + columns.size() + " cells, found "
                            + cells.size());
                } else {
                    rows.add(new Table.Row(line, cells));
                }
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")", e);  // not thrown by a StringReader
        }
        if (columns == null) {
            throw new DataException(file + ": empty file, expected a header line with the column names");
        }
        if (rows.isEmpty()) {
            throw new DataException(file + ": no data rows, only the header");
        }
        return new Table(file, columns, rows);
    }

    private static String readText(Path file) {
        if (!Files.exists(file)) {
            throw new DataException(file + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw new DataException(file + ": is a folder, expected a CSV file");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new DataException(file + ": cannot read, permission denied", e);
        } catch (CharacterCodingException e) {
            throw new DataException(file + ": cannot read, expected UTF-8 text", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Commons CSV parses the next record inside hasNext(), so that is where malformed CSV shows up. Its message
     * ("IOException reading next record: java.io.IOException: (line 2) invalid char ...") is translated into what
     * was expected, at the line it names.
     */
    private static boolean hasNext(Iterator<CSVRecord> records, Path file, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String detail = String.valueOf(e.getMessage());
            Matcher line = LINE_IN_MESSAGE.matcher(detail);
            long at = line.find() ? Long.parseLong(line.group(1)) : parser.getCurrentLineNumber();
            String expected = detail.contains("EOF reached before encapsulated token finished")
                    ? "a closing \" for the quoted cell that starts here, found the end of the file"
                    : detail.contains("invalid char between encapsulated token and delimiter")
                    ? "a comma or the end of the line after a quoted cell's closing \""
                    : "cells separated by commas, each plain or in double quotes";
            throw new DataException(file + ":" + at + ": malformed CSV, expected " + expected, e);
        }
    }

    private static List<String> header(Path file, long line, List<String> cells) {
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
}
