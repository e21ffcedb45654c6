package dev.tessera.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 404 in JSON for an API path that names nothing. It is consulted after the controllers (so a wrong
 * method or media type on a real path still gets 405 or 415) and before the UI's catch-all.
 */
@Configuration
class ApiNotFoundMapping {

    @Bean
    SimpleUrlHandlerMapping apiNotFoundHandlerMapping(JsonMapper json) {
        HttpRequestHandler notFound = (request, response) -> {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", "not_found");
            body.put("message", "There is no API resource at " + request.getRequestURI() + "; see /v3/api-docs.");
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }
}
