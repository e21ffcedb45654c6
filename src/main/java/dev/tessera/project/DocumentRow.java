package dev.tessera.project;

/** A document without its source text, which reads never need to load. */
record DocumentRow(long id, long projectId, String name, int segmentCount, String format) {}
