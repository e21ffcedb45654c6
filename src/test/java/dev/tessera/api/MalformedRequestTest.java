package dev.tessera.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat or the filters refuse before any controller runs: broken percent-encoding, NUL and control
 * characters, over-long request lines and headers. Sent over a raw socket, so no client tidies them up first; every
 * answer is a 4xx with the API's JSON error, never Tomcat's HTML page or a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MalformedRequestTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String body) {}

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/glossaries/1/concepts?q=%ff | 400",
                "/api/v1/glossaries/1/concepts?q=%e2%82 | 400",
                "/api/v1/glossaries/1/concepts?q=%zz | 400",
                "/api/v1/glossaries/1/concepts?q=50% | 400",
                "/api/v1/projects?x=%c0%af | 400",
                "/api/v1/documents/%00 | 400",
                "/api/v1/documents/1%00/progress | 400",
                "/api/v1/documents/%ff | 400",
                "/api/v1/documents/%2e%2e/%2e%2e/etc | 400",
                "/documents/%00/fr | 400",
                "/%00 | 400",
            })
    void brokenPathsAndQueriesAreA400WithTheJsonError(String target, int status) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertJsonError(answer, status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"control character in the path, 400", "over-long request line, 414", "over-long header, 431"})
    void whatTomcatRefusesIsAnsweredInJson(String what, int status) throws IOException {
        String request = switch (what) {
            case "control character in the path" -> "GET /api/v1/documents/\u0001 HTTP/1.1\r\nHost: localhost\r\n";
            case "over-long request line" ->
                "GET /api/v1/projects?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n";
            default -> "GET /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "b".repeat(20_000) + "\r\n";
        };
        Answer answer = send(request + "Connection: close\r\n\r\n");
        assertJsonError(answer, status);
    }

    private static void assertJsonError(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("error").asString()).isIn("validation_failed", "too_large", "not_found");
        assertThat(body.path("message").asString()).isNotBlank();
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (IOException e) {
                // Tomcat may reset the connection once it has answered; what arrived is the answer.
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int headersEnd = text.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? text : text.substring(0, headersEnd);
            String body = headersEnd < 0 ? "" : text.substring(headersEnd + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String contentType = head.lines()
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).trim())
                    .findFirst()
                    .orElse("");
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Answer(status, contentType, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
