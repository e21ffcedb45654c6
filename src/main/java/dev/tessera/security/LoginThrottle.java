package dev.tessera.security;

import dev.tessera.shared.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling per username: five failed attempts within fifteen minutes refuse further attempts for that
 * username for fifteen minutes, whatever the password. Kept in the database, so that failures spread over several
 * nodes count together and a restart forgets nothing. Usernames that do not exist are throttled alike, so the
 * answer tells nothing about which ones do.
 */
@Component
class LoginThrottle {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Clock clock;
    private final JdbcClient jdbc;

    LoginThrottle(Clock clock, JdbcClient jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    boolean isLocked(String username) {
        return jdbc.sql("select count(*) from sign_in_lock where username_key = ? and locked_until > ?")
                        .params(key(username), at(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Counts a failed attempt; answers true when it is the one that locks the username. */
    boolean failed(String username) {
        Instant now = clock.instant();
        String key = key(username);
        // Old failures go, everyone's: guessing many usernames must not fill the table.
        jdbc.sql("delete from sign_in_failure where failed_at < ?")
                .param(at(now.minus(WINDOW)))
                .update();
        jdbc.sql("insert into sign_in_failure (username_key, failed_at) values (?, ?)")
                .params(key, at(now))
                .update();
        long recent = jdbc.sql("select count(*) from sign_in_failure where username_key = ?")
                .param(key)
                .query(Long.class)
                .single();
        if (recent < ATTEMPTS) {
            return false;
        }
        jdbc.sql("delete from sign_in_failure where username_key = ?")
                .param(key)
                .update();
        if (!lock(key, now.plus(LOCK))) {
            try {
                jdbc.sql("insert into sign_in_lock (username_key, locked_until) values (?, ?)")
                        .params(key, at(now.plus(LOCK)))
                        .update();
            } catch (DuplicateKeyException e) {
                lock(key, now.plus(LOCK)); // another node locked it at the same moment
            }
        }
        return true;
    }

    private boolean lock(String key, Instant until) {
        return jdbc.sql("update sign_in_lock set locked_until = ? where username_key = ?")
                        .params(at(until), key)
                        .update()
                > 0;
    }

    void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where username_key = ?")
                .param(key(username))
                .update();
    }

    private static String key(String username) {
        return Sha256.hex(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
