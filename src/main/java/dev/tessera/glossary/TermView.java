package dev.tessera.glossary;

/** A term as the API lists it. */
public record TermView(String locale, String text, TermStatus status, boolean caseSensitive, String partOfSpeech) {}
