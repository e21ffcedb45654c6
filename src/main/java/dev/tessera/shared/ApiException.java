package dev.tessera.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error a client can act on: an HTTP status, a stable snake_case code, a message that says what to do,
 * and optional extra fields for the JSON body.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> details;
    private String textKey;
    private Object[] textValues = new Object[0];

    public ApiException(HttpStatus status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiException validation(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", message);
    }

    public static ApiException duplicate(String message) {
        return new ApiException(HttpStatus.CONFLICT, "duplicate", message);
    }

    public static ApiException invalidState(String message) {
        return new ApiException(HttpStatus.CONFLICT, "invalid_state", message);
    }

    /** 422: the request is understood but the content does not allow it, with the details that explain why. */
    public static ApiException unprocessable(String code, String message, Map<String, Object> details) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, message, details);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "too_large", message);
    }

    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", message);
    }

    /**
     * The same message for the screens: its key in the UI's bundles ({@code problem.<key>}) and its values. The API
     * keeps answering the English message.
     */
    public ApiException text(String key, Object... values) {
        this.textKey = key;
        this.textValues = values.clone();
        return this;
    }

    public String textKey() {
        return textKey;
    }

    public Object[] textValues() {
        return textValues.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
