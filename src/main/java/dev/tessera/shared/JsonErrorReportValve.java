package dev.tessera.shared;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's report of what it refuses before any application code runs (a NUL or control character in the path,
 * percent-encoding that is not UTF-8, an over-long request line or header): the API's JSON error instead of
 * Tomcat's HTML page, on every path. Errors the application answers itself never come here with an empty body.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = tooLarge(request, response, throwable);
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiErrors.json(ApiErrors.codeOf(status), message(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was already on its way: there is nobody left to tell.
        }
    }

    /**
     * Tomcat answers 400 to a request line or header over its buffer; the status that says so is 414 when the line
     * itself did not fit (no path was read), else 431.
     */
    private static int tooLarge(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status == 400
                && throwable != null
                && String.valueOf(throwable.getMessage()).contains("header is too large")
                && !response.isCommitted()) {
            status = request.getRequestURI() == null ? 414 : 431;
            response.setStatus(status);
        }
        return status;
    }

    static String message(int status) {
        return switch (status) {
            case 400 ->
                "The request is malformed: its path, query or headers hold a character or percent-encoding"
                        + " that is not allowed (for example %00, a control character, or bytes that are not UTF-8).";
            case 413 -> "The request is larger than the server accepts.";
            case 414 -> "The request line (path and query) is too long; shorten it.";
            case 431 -> "The request headers are too large; send fewer or shorter headers.";
            default -> "The request was refused before it reached Tessera (HTTP " + status + ").";
        };
    }
}
