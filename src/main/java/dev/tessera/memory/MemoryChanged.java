package dev.tessera.memory;

/** Units of a project's memories in a target locale changed: open editors look for their matches again. */
public record MemoryChanged(long projectId, String locale) {}
