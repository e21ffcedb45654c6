package dev.tessera.exchange;

import dev.tessera.shared.ApiException;
import java.io.ByteArrayInputStream;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * The full XLIFF 2 validation of Okapi's reader: the schemas and the processing requirements they cannot express
 * (unique ids, fragment identifiers, code pairing, module constraints). Run only after Tessera's own reader took
 * the file, so that what reaches it has no DOCTYPE and declares no entities.
 */
final class Xliff2Validation {

    private Xliff2Validation() {}

    static void check(byte[] bytes) {
        try {
            XLIFFReader.validate(new ByteArrayInputStream(bytes), null);
        } catch (RuntimeException e) {
            throw ApiException.validation("The file is not valid XLIFF 2: " + reason(e))
                    .text("exchange.xliff2-invalid", reason(e));
        }
    }

    /** Okapi says where on its first line and what on the next ones: all of it, on one line. */
    private static String reason(RuntimeException e) {
        String message = String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
        return message.length() > 600 ? message.substring(0, 600) + "…" : message;
    }
}
