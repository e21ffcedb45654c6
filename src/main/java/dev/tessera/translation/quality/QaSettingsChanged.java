package dev.tessera.translation.quality;

/** A manager changed the severity of QA checks in a project: its stored findings must be checked again. */
public record QaSettingsChanged(long projectId) {}
