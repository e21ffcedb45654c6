package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The throttle on the database, as every node of an installation keeps it (two throttles: two nodes). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Autowired
    JdbcClient jdbc;

    LoginThrottle throttle;
    LoginThrottle otherNode;

    @BeforeEach
    void throttles() {
        throttle = new LoginThrottle(clock, jdbc);
        otherNode = new LoginThrottle(clock, jdbc);
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("Dara")).isFalse();
            now = now.plus(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked("dara")).isFalse();
        assertThat(throttle.failed("dara")).isTrue();
        assertThat(throttle.isLocked("DARA")).as("usernames in any case").isTrue();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("dara")).isTrue();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("dara")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesOrASuccessInBetweenDoNotLock() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("ben")).isFalse();
            now = now.plus(Duration.ofMinutes(4));
        }
        for (int i = 0; i < 4; i++) {
            throttle.failed("chen");
        }
        throttle.succeeded("chen");
        assertThat(throttle.failed("chen")).isFalse();
        assertThat(throttle.isLocked("chen")).isFalse();
    }

    @Test
    void failuresSpreadOverTwoNodesLockTheUsernameOnBoth() {
        String name = "split-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failed(name)).isFalse();
        }
        assertThat(otherNode.failed(name)).isFalse();
        assertThat(otherNode.failed(name)).as("the fifth, on the other node").isTrue();
        assertThat(throttle.isLocked(name)).isTrue();
        assertThat(otherNode.isLocked(name)).isTrue();
        now = now.plus(LoginThrottle.LOCK).plusSeconds(1);
        assertThat(throttle.isLocked(name)).isFalse();
    }
}
