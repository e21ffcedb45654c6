package dev.tessera.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the REST API tests: Basic auth, JSON in and out. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEARER = "Bearer ";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String error() {
            return json().path("error").asString();
        }
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response postJson(String user, String path, Object body) {
        return send(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Response putJson(String user, String path, Object body) {
        return send(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Response patchJson(String user, String path, Object body) {
        return send(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Response delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Response post(String user, String path, String contentType, byte[] body) {
        return send(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response postText(String user, String path, String text) {
        return post(user, path, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A new API token of the user (a demo user, password = username), made with HTTP Basic; its secret. */
    public String token(String user) {
        Response created =
                postJson(user, "/api/v1/me/tokens", java.util.Map.of("name", "test " + java.util.UUID.randomUUID()));
        if (created.status() != 201) {
            throw new IllegalStateException("No token for " + user + ": " + created.status() + " " + created.body());
        }
        return created.json().path("token").asString();
    }

    /** The "user" that sends with an API token instead of a password: {@code api.get(ApiClient.bearer(token), …)}. */
    public static String bearer(String token) {
        return BEARER + token;
    }

    /**
     * Sends as {@code user}, whose password is the username (the demo users), with a token ({@link #bearer}), or
     * anonymously when null.
     */
    public Response send(String user, HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(user, request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    /** A file as it downloads: its bytes as they came. */
    public record Download(int status, byte[] bytes, java.net.http.HttpHeaders headers) {}

    public Download getBytes(String user, String path) {
        HttpResponse<byte[]> response =
                exchange(user, HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    private <T> HttpResponse<T> exchange(String user, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        if (user != null && user.startsWith(BEARER)) {
            request.header("Authorization", user);
        } else if (user != null) {
            String[] parts = user.split(":", 2);
            String password = parts.length == 2 ? parts[1] : parts[0];
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((parts[0] + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String asJson(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }
}
