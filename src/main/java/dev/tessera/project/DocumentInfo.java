package dev.tessera.project;

/** A document with its project, as other features see it. */
public record DocumentInfo(long id, String name, int segmentCount, ProjectInfo project, String format) {}
