package dev.tessera.glossary;

/** A glossary written to its folder file: the file, as {@code glossary/<name>.tbx}, and what it holds. */
public record FolderSaved(String file, int concepts, int terms) {}
