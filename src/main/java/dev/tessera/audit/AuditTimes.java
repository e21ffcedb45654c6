package dev.tessera.audit;

import dev.tessera.shared.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The bounds of an audit query, both inclusive: an ISO-8601 instant ({@code 2026-03-01T12:00:00Z}, or with an
 * offset), or a date in UTC, which as {@code from} means its first moment and as {@code to} its last.
 */
final class AuditTimes {

    private AuditTimes() {}

    static Instant from(String value) {
        return parse("from", value, false);
    }

    static Instant to(String value) {
        return parse("to", value, true);
    }

    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The day's last microsecond: the finest time the log keeps. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : startOf(day.plusDays(1)).minus(1, ChronoUnit.MICROS);
    }

    private static Instant parse(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (!text.contains("T")) {
                LocalDate day = LocalDate.parse(text);
                return end ? endOf(day) : startOf(day);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.validation(name + " must be an ISO-8601 instant (2026-03-01T12:00:00Z) or a date"
                            + " (2026-03-01); \"" + text + "\" is neither.")
                    .text("audit.time-invalid", name, text);
        }
    }
}
