package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
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
    });

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
}
