package dev.tessera.qa;

import java.util.List;
import java.util.Map;

/**
 * A QA check: a plain, stateless, thread-safe class with a stable name and a default severity.
 * The glossary feature contributes its own implementations ({@code glossary.*}).
 */
public interface QaCheck {

    /** The stable name, for example {@code qa.numbers}; stored with findings and used in project settings. */
    String name();

    /** The severity used when the project does not override it. */
    Severity defaultSeverity();

    /** The check's severity in a project with these overrides (check name to severity). */
    default Severity severityIn(Map<String, Severity> overrides) {
        return overrides.getOrDefault(name(), defaultSeverity());
    }

    /**
     * Runs the check on one segment.
     *
     * @param source the source text
     * @param target the target text, never null (the runner skips untranslated segments)
     * @param sourceLocale the canonical BCP 47 source locale, for example {@code en}
     * @param targetLocale the canonical BCP 47 target locale, for example {@code zh-Hans}
     * @param context what the caller knows beyond this segment
     * @return one message per problem, each saying what to fix; empty when clean
     */
    List<QaMessage> messages(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context);

    /** The same, as the English sentences alone. */
    default List<String> findIssues(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
        return messages(source, target, sourceLocale, targetLocale, context).stream()
                .map(QaMessage::text)
                .toList();
    }
}
