package dev.tessera.project;

/** A project is about to be deleted, after its documents: what other features keep per project goes first. */
public record ProjectDeleted(long projectId, String slug) {}
