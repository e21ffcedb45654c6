package dev.tessera.project;

/** A document as the API lists it. */
public record DocumentSummary(long id, String name, int segmentCount) {}
