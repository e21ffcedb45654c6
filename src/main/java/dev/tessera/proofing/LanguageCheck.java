package dev.tessera.proofing;

import dev.tessera.qa.CheckContext;
import dev.tessera.qa.QaCheck;
import dev.tessera.qa.QaMessage;
import dev.tessera.qa.Severity;
import java.util.List;

/**
 * The four language checks. Each LanguageTool rule is one of them by what it checks ({@link RuleKinds}); their
 * messages come from {@link Proofreading}, in the background, never from the per-segment runner.
 */
public enum LanguageCheck {
    SPELLING("lang.spelling", Severity.WARNING),
    GRAMMAR("lang.grammar", Severity.WARNING),
    TYPOGRAPHY("lang.typography", Severity.WARNING),
    STYLE("lang.style", Severity.OFF);

    private final QaCheck check;

    LanguageCheck(String name, Severity defaultSeverity) {
        this.check = new Deferred(name, defaultSeverity);
    }

    /** The stable name, for example {@code lang.spelling}. */
    public String checkName() {
        return check.name();
    }

    /** The check as QA settings list it. */
    public QaCheck check() {
        return check;
    }

    private record Deferred(String name, Severity defaultSeverity) implements QaCheck {

        @Override
        public List<QaMessage> messages(
                String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
            return List.of();
        }
    }
}
