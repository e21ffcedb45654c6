package dev.tessera.translation.quality;

import dev.tessera.glossary.GlossaryChecks;
import dev.tessera.glossary.TermBase;
import dev.tessera.qa.CheckContext;
import dev.tessera.qa.Finding;
import dev.tessera.qa.QaCheck;
import dev.tessera.qa.QaRunner;
import dev.tessera.qa.Severity;
import dev.tessera.translation.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's QA as it stands: the mechanical checks and the glossary's over the project's term base, with the
 * project's severities. Made per unit of work (a save, a recheck, an editor), not shared between threads.
 */
public record ProjectQa(QaRunner runner, Map<String, Severity> overrides, TermBase terms) {

    static ProjectQa of(Map<String, Severity> overrides, TermBase terms) {
        List<QaCheck> checks = new ArrayList<>(QaRunner.standardChecks());
        checks.addAll(GlossaryChecks.over(terms));
        return new ProjectQa(new QaRunner(checks), Map.copyOf(overrides), terms);
    }

    /** Whether the check judges whole documents: its findings are stored, never made as a segment is typed. */
    public static boolean isDocumentCheck(String check) {
        return DocumentRules.CHECKS.contains(check);
    }

    /** Only the glossary's checks, for following a change of terms. */
    ProjectQa glossaryOnly() {
        return new ProjectQa(new QaRunner(GlossaryChecks.over(terms)), overrides, terms);
    }

    /**
     * Checks a text in memory, the way stored findings are made: a blank draft has nothing to check yet, a blank
     * confirmed segment is {@code qa.empty}.
     */
    public List<Finding> check(
            String source,
            String target,
            TranslationStatus status,
            String sourceLocale,
            String targetLocale,
            List<String> otherTargetsOfSameSource) {
        boolean nothingYet = target == null
                || (target.isBlank()
                        && (status == TranslationStatus.DRAFT || status == TranslationStatus.UNTRANSLATED));
        return runner.run(
                source,
                nothingYet ? null : target,
                sourceLocale,
                targetLocale,
                new CheckContext(otherTargetsOfSameSource),
                overrides);
    }
}
