package dev.tessera.memory;

import org.jspecify.annotations.Nullable;

/**
 * Units of a project's memories in a target locale changed ({@code locale} null: in any locale, as when a memory is
 * imported into, linked or unlinked): open editors look for their matches again.
 */
public record MemoryChanged(long projectId, @Nullable String locale) {}
