package dev.tessera.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The audit log as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break quoted, quotes
 * doubled). A cell that a spreadsheet would take for a formula gets a leading apostrophe, so that opening the
 * file runs nothing that a user name or a document name smuggled in.
 */
final class AuditCsv {

    static final String HEADER = "at,actor,action,target,detail,project";

    private AuditCsv() {}

    static void write(List<AuditRecord> records, Writer out) {
        try {
            out.write(HEADER);
            out.write("\r\n");
            for (AuditRecord r : records) {
                out.write(String.join(
                        ",",
                        cell(r.at().toString()),
                        cell(r.actor()),
                        cell(r.action()),
                        cell(r.target()),
                        cell(r.detail()),
                        cell(r.project())));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
