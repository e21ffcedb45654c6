package dev.tessera.qa;

/**
 * How much a QA finding matters: an ERROR blocks approval unless waived, a WARNING only informs. OFF is a project's
 * setting, never a finding's: a check set to OFF is not run.
 */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** Whether a check with this severity runs. */
    public boolean runs() {
        return this != OFF;
    }
}
