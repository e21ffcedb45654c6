package dev.tessera.translation.review;

import java.time.Instant;

/** A waiver as the editor shows it on the segment. */
public record Waiver(String check, String reason, String reviewer, Instant at) {}
