package dev.tessera.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** How large an upload may be ({@code tessera.upload.*}). */
@ConfigurationProperties(prefix = "tessera.upload")
public record UploadLimits(DataSize maxDocumentSize, DataSize maxXliffSize) {

    public UploadLimits {
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(10) : maxDocumentSize;
        maxXliffSize = maxXliffSize == null ? DataSize.ofMegabytes(100) : maxXliffSize;
    }

    /**
     * Reads a whole upload, refusing it with 413 as soon as it passes the document limit and with 400 when
     * it is empty.
     */
    public byte[] readDocument(InputStream in, long declaredLength) {
        return read(in, declaredLength, maxDocumentSize.toBytes(), "the document's text", "document");
    }

    /** Reads a whole TMX upload, under the XLIFF limit. */
    public byte[] readTmx(InputStream in, long declaredLength) {
        return read(in, declaredLength, maxXliffSize.toBytes(), "the TMX file", "tmx");
    }

    /** Reads a whole XLIFF upload, under its own (larger) limit. */
    public byte[] readXliff(InputStream in, long declaredLength) {
        return read(in, declaredLength, maxXliffSize.toBytes(), "the XLIFF file", "xliff");
    }

    /** @param kind what the upload is, for the screens' texts: {@code document}, {@code tmx} or {@code xliff} */
    private static byte[] read(InputStream in, long declaredLength, long limit, String what, String kind) {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        if (bytes.length == 0) {
            throw ApiException.validation("The upload is empty; send " + what + " in the request body.")
                    .text("shared.upload-empty", what, kind);
        }
        return bytes;
    }

    private static ApiException tooLarge(long limit) {
        long megabytes = DataSize.ofBytes(limit).toMegabytes();
        return ApiException.tooLarge("The upload is larger than the limit of " + megabytes + " MB (" + limit
                        + " bytes); split the document.")
                .text("shared.upload-too-large", megabytes, limit);
    }
}
