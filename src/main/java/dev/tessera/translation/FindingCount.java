package dev.tessera.translation;

import dev.tessera.qa.Severity;

/** How many unwaived findings of one severity a document has in one locale. */
record FindingCount(String locale, Severity severity, long count) {
}
