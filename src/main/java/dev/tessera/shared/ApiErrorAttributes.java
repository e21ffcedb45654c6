package dev.tessera.shared;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reach a controller (a request the firewall rejects, a failure in a filter) are rendered by
 * Spring Boot's {@code /error}; this gives them the API's error shape too.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> standard = super.getErrorAttributes(request, options);
        int status = standard.get("status") instanceof Integer s ? s : 500;
        String message = status >= 500
                ? "Something went wrong on the server; nothing was changed."
                : "The request was refused (" + standard.getOrDefault("error", status)
                        + "); check its path and encoding.";
        Map<String, Object> body = ApiErrors.body(ApiErrors.codeOf(status), message, Map.of());
        body.put("status", status);
        return body;
    }
}
