package dev.tessera.exchange;

import dev.tessera.shared.ApiException;
import java.util.Locale;

/** The export formats, with their media types and file extensions. */
public enum ExportFormat {

    TEXT("text", "text/plain; charset=UTF-8", "txt"),
    XLIFF12("xliff12", "application/xliff+xml", "xlf"),
    XLIFF21("xliff21", "application/xliff+xml", "xlf"),
    TMX("tmx", "application/x-tmx+xml", "tmx");

    private final String name;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, String mediaType, String extension) {
        this.name = name;
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
        throw ApiException.validation("format must be one of text, xliff12, xliff21, tmx.");
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
