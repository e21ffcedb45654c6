package dev.tessera.shared;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Answers 404 in JSON for an API path that names nothing. It is consulted after the controllers (so a wrong
 * method or media type on a real path still gets 405 or 415) and before the UI's catch-all.
 */
@Configuration
class ApiNotFoundMapping {

    @Bean
    SimpleUrlHandlerMapping apiNotFoundHandlerMapping() {
        HttpRequestHandler notFound = (request, response) -> ApiErrors.write(
                response,
                404,
                "not_found",
                "There is no API resource at " + request.getRequestURI() + "; see /v3/api-docs.");
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }
}
