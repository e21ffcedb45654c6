package dev.tessera.exchange;

import dev.tessera.shared.ApiException;
import java.util.Locale;

/** The export formats, with their API names, labels, media types and file extensions. */
public enum ExportFormat {
    TEXT("text", "Plain text", "text/plain; charset=UTF-8", "txt"),
    XLIFF12("xliff12", "XLIFF 1.2", "application/xliff+xml", "xlf"),
    XLIFF21("xliff21", "XLIFF 2.1", "application/xliff+xml", "xlf"),
    TMX("tmx", "TMX 1.4", "application/x-tmx+xml", "tmx"),
    /** The file the document was imported from (HTML, Markdown): its type and extension are the document's. */
    ORIGINAL("original", "Original format", "application/octet-stream", "bin");

    private final String name;
    private final String label;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, String label, String mediaType, String extension) {
        this.name = name;
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static ExportFormat parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.name.equals(wanted)) {
                return format;
            }
        }
        throw ApiException.validation("format must be one of text, xliff12, xliff21, tmx, original.")
                .text("exchange.export-format-invalid");
    }

    /** The name the API takes ({@code format=xliff21}). */
    public String code() {
        return name;
    }

    /** What people read: "XLIFF 2.1". */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
