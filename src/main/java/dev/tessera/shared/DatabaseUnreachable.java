package dev.tessera.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means that the database could not be reached (a node cut off from PostgreSQL, a server
 * restarting) rather than a fault of the request or of the code: such requests are answered 503, and nothing was
 * changed, since no transaction could commit.
 */
public final class DatabaseUnreachable {

    public static final String CODE = "database_unavailable";
    public static final String MESSAGE =
            "The database cannot be reached just now; nothing was changed. Try again in a few seconds.";
    /** Seconds a client is asked to wait ({@code Retry-After}). */
    public static final String RETRY_AFTER = "5";

    private DatabaseUnreachable() {}

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQL states of class 08 are connection failures; 57P01–57P03: the server shuts down or cannot accept.
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // A rollback that fails on a closed connection hides the failure that led to it (the pool closed the
            // broken connection, and says so without a state).
            if (t instanceof org.hibernate.TransactionException
                    && t.getCause() instanceof SQLException sql
                    && sql.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    /** Writes the 503 of a request that found the database out of reach, for filters outside Spring MVC. */
    public static void answer(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        ApiErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, CODE, MESSAGE);
    }
}
