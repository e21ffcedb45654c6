package dev.tessera.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling per username: five failed attempts within fifteen minutes refuse further attempts for that
 * username for fifteen minutes, whatever the password. Kept in memory: a restart forgets it, which only shortens a
 * lock. Usernames that do not exist are throttled alike, so the answer tells nothing about which ones do.
 */
@Component
class LoginThrottle {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Instant until = lockedUntil.get(key(username));
        if (until != null && until.isAfter(clock.instant())) {
            return true;
        }
        if (until != null) {
            lockedUntil.remove(key(username), until);
        }
        return false;
    }

    /** Counts a failed attempt; answers true when it is the one that locks the username. */
    boolean failed(String username) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            // Guessing many usernames must not fill the memory: forget the ones whose failures are all old.
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    return recent.isEmpty() || recent.peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() < ATTEMPTS) {
                return false;
            }
            recent.clear();
        }
        lockedUntil.put(key(username), now.plus(LOCK));
        return true;
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
