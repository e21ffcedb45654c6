package dev.tessera.glossary;

import dev.tessera.qa.CheckContext;
import dev.tessera.qa.QaCheck;
import dev.tessera.qa.QaMessage;
import dev.tessera.qa.Severity;
import java.util.List;
import java.util.function.Function;

/**
 * The glossary's contribution to QA: four checks over one term base. They share one judgement per segment (the
 * runner asks them one after the other about the same texts), so the automata run once per segment.
 */
public final class GlossaryChecks {

    public static final String MISSING = "glossary.missing";
    public static final String FORBIDDEN = "glossary.forbidden";
    public static final String UNTRANSLATABLE = "glossary.untranslatable";
    public static final String ADMITTED = "glossary.admitted";

    private record Judged(String source, String target, String locale, TermBase.Verdict verdict) {}

    private final TermBase terms;
    private volatile Judged last;

    private GlossaryChecks(TermBase terms) {
        this.terms = terms;
    }

    /** The four checks over the term base. */
    public static List<QaCheck> over(TermBase terms) {
        GlossaryChecks shared = new GlossaryChecks(terms);
        return List.of(
                shared.check(MISSING, Severity.ERROR, TermBase.Verdict::missingMessages),
                shared.check(FORBIDDEN, Severity.ERROR, TermBase.Verdict::forbiddenMessages),
                shared.check(UNTRANSLATABLE, Severity.ERROR, TermBase.Verdict::untranslatableMessages),
                shared.check(ADMITTED, Severity.WARNING, TermBase.Verdict::admittedMessages));
    }

    /** The names and default severities, for settings pages, without a term base. */
    public static List<QaCheck> names() {
        return over(TermBase.empty("en"));
    }

    private TermBase.Verdict verdict(String source, String target, String targetLocale) {
        Judged judged = last;
        if (judged == null
                || !judged.source().equals(source)
                || !judged.target().equals(target)
                || !judged.locale().equals(targetLocale)) {
            judged = new Judged(source, target, targetLocale, terms.check(source, target, targetLocale));
            last = judged;
        }
        return judged.verdict();
    }

    private QaCheck check(String name, Severity severity, Function<TermBase.Verdict, List<QaMessage>> messages) {
        return new QaCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Severity defaultSeverity() {
                return severity;
            }

            @Override
            public List<QaMessage> messages(
                    String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
                if (target.isBlank()) {
                    return List.of();
                }
                return messages.apply(verdict(source, target, targetLocale));
            }
        };
    }
}
