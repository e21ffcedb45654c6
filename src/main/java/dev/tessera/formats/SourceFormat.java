package dev.tessera.formats;

import java.util.Locale;
import java.util.Optional;

/** The formats a document arrives in, with the names the API uses ({@code "format":"html"}). */
public enum SourceFormat {
    TEXT("text", "text/plain", "txt"),
    HTML("html", "text/html", "html"),
    MARKDOWN("markdown", "text/markdown", "md"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLIFF("xliff", "application/xliff+xml", "xlf");

    private final String code;
    private final String mediaType;
    private final String extension;

    SourceFormat(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether Tessera keeps the original file and can write the translation back into it. */
    public boolean hasOriginal() {
        return this == HTML || this == MARKDOWN || this == DOCX;
    }

    public static SourceFormat ofCode(String code) {
        for (SourceFormat format : values()) {
            if (format.code.equals(code)) {
                return format;
            }
        }
        throw new IllegalArgumentException("no format " + code);
    }

    /** The format a media type names ({@code text/html; charset=UTF-8} is HTML), if Tessera imports it. */
    public static Optional<SourceFormat> ofMediaType(String mediaType) {
        String type =
                mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("text/x-markdown")) {
            return Optional.of(MARKDOWN);
        }
        for (SourceFormat format : values()) {
            if (format != XLIFF && format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if Tessera imports it. */
    public static Optional<SourceFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".docx")) {
            return Optional.of(DOCX);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }
}
