package dev.tessera.qa;

/** How much a QA finding matters: an ERROR blocks approval unless waived, a WARNING only informs. */
public enum Severity {
    ERROR,
    WARNING
}
