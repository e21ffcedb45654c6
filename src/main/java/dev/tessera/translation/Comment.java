package dev.tessera.translation;

import java.time.Instant;

/** A comment as the API shows it: {@code {"author","at","text"}}. */
public record Comment(String author, Instant at, String text) {}
