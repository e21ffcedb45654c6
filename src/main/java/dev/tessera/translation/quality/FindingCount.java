package dev.tessera.translation.quality;

import dev.tessera.qa.Severity;

/** How many unwaived findings of one severity a document has in one locale. */
record FindingCount(String locale, Severity severity, long count) {}
