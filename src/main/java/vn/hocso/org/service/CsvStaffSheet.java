package vn.hocso.org.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * A CSV file (RFC 4180 quoting) in strict UTF-8, with or without a byte-order mark. The delimiter is the one of
 * comma, semicolon and tab that occurs most often (outside quotes) in the first line. Row numbers count records from
 * 1 (the header), so they match the row numbers a spreadsheet shows for the same file unless a cell spans lines.
 */
final class CsvStaffSheet implements StaffSheet {

    private final BufferedReader in;
    private final char delimiter;
    private int record;
    private int peeked = -2;

    /**
     * @throws DomainException 422 when the beginning of the file is not UTF-8
     */
    CsvStaffSheet(InputStream bytes) {
        this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            in.mark(1 << 16);
            int first = in.read();
            if (first != '\uFEFF') {
                in.reset();
                in.mark(1 << 16);
            } else {
                in.mark(1 << 16);
            }
            delimiter = detectDelimiter();
            in.reset();
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public SheetRow next() {
        try {
            while (true) {
                List<String> cells = readRecord();
                if (cells == null) {
                    return null;
                }
                record++;
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    return new SheetRow(record, cells);
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private char detectDelimiter() throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0, c = in.read(); c != -1 && i < (1 << 16) - 2; i++, c = in.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    /** The cells of the next record, or null at the end of the file. */
    private List<String> readRecord() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (; c != -1; c = read()) {
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        cell.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append((char) c);
                }
                continue;
            }
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                break;
            }
            if (c == '"' && cellStart) {
                quoted = true;
            } else {
                cell.append((char) c);
            }
            cellStart = false;
        }
        cells.add(cell.toString());
        return cells;
    }

    private static DomainException notUtf8() {
        return new DomainException(422, AppMessages::staffImport_notUtf8);
    }
}
