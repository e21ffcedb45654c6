package dev.tessera.translation.review;

import java.time.Instant;

/**
 * A quality issue as the API and the editor show it.
 *
 * @param start    where the span starts in the target it was filed on (UTF-16 code units, an inline code counting
 *                 as one), null when the issue concerns the whole segment
 * @param text     the span's text, null without a span
 * @param standing whether the translation still says what the reviewer read (the span can be shown on it)
 */
public record Issue(
        long id,
        long segmentId,
        String locale,
        IssueCategory category,
        IssueSeverity severity,
        int points,
        Integer start,
        Integer end,
        String text,
        String comment,
        String origin,
        String reviewer,
        String translator,
        Instant createdAt,
        int version,
        boolean standing) {}
