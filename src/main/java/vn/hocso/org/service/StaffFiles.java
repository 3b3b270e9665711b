package vn.hocso.org.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * Recognises an uploaded staff file by its content (not its name): a ZIP holding {@code xl/workbook.xml} is an XLSX
 * workbook, other text is CSV; anything else (images, PDF, old .xls, other ZIPs, binary data) is refused with 415.
 */
final class StaffFiles {

    private StaffFiles() {
    }

    /**
     * Opens the file for reading.
     *
     * @param maxExpandedBytes most bytes the parts of an XLSX workbook may expand to
     * @throws DomainException 415 when the file is neither CSV nor XLSX, 413 when a workbook expands beyond the limit,
     *         422 when it cannot be read
     */
    static StaffSheet open(Path file, long maxExpandedBytes) {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            checkWorkbook(file, maxExpandedBytes);
            return new XlsxStaffSheet(file);
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new DomainException(415, AppMessages::staffImport_oldExcel);
        }
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C)) {
                throw unsupported();
            }
        }
        try {
            return new CsvStaffSheet(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkWorkbook(Path file, long maxExpandedBytes) {
        boolean workbook = false;
        long expanded = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry e = entries.nextElement();
                workbook |= e.getName().equals("xl/workbook.xml");
                expanded += Math.max(0, e.getSize());
                if (e.getSize() < 0 && e.getCompressedSize() > 0) {
                    expanded += e.getCompressedSize() * 100; // size unknown: assume the worst plausible ratio
                }
            }
        } catch (IOException e) {
            throw new DomainException(422, AppMessages::staffImport_badXlsx);
        }
        if (!workbook) {
            throw unsupported();
        }
        if (expanded > maxExpandedBytes) {
            long mb = maxExpandedBytes / (1024 * 1024);
            throw new DomainException(413, m -> m.staffImport_tooLarge(mb));
        }
    }

    private static DomainException unsupported() {
        return new DomainException(415, AppMessages::staffImport_unsupportedType);
    }
}
