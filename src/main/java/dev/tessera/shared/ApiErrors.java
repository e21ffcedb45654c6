package dev.tessera.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The one shape of every API error: {@code {"error": CODE, "message": "what to do", ...details}}. */
public final class ApiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrors() {}

    public static Map<String, Object> body(String code, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        body.putAll(details);
        return body;
    }

    /** The error as JSON text, for writers that are not a servlet response. */
    public static String json(String code, String message) {
        return JSON.writeValueAsString(body(code, message, Map.of()));
    }

    /** Writes the error straight to a servlet response, for filters and handlers outside Spring MVC. */
    public static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body(code, message, Map.of()));
    }

    /**
     * The code of an error known only by its status, one of the documented codes where one fits
     * ({@code validation_failed}, {@code too_large}, {@code unsupported_media_type}), else the status's snake_case name
     * ({@code not_found}, {@code method_not_allowed}).
     */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "validation_failed";
            case 413, 414, 431 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "error_" + status : known.name().toLowerCase(Locale.ROOT);
            }
        };
    }
}
