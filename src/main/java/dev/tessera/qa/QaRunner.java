package dev.tessera.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a fixed list of checks on one segment, applying a project's severity overrides. Thread-safe. */
public final class QaRunner {

    private final List<QaCheck> checks;

    /** @throws IllegalArgumentException when two checks share a name */
    public QaRunner(List<QaCheck> checks) {
        this.checks = List.copyOf(checks);
        Set<String> names = new HashSet<>();
        for (QaCheck check : this.checks) {
            if (!names.add(check.name())) {
                throw new IllegalArgumentException("Two QA checks are named " + check.name() + ".");
            }
        }
    }

    /** A runner with all the mechanical checks of this package. */
    public static QaRunner standard() {
        return new QaRunner(standardChecks());
    }

    /** The mechanical checks of this package, in the order their findings are reported. */
    public static List<QaCheck> standardChecks() {
        return List.of(
                new EmptyCheck(),
                new CodesCheck(),
                new NumbersCheck(),
                new WhitespaceCheck(),
                new PunctuationCheck(),
                new BracketsCheck(),
                new IdenticalCheck(),
                new LengthCheck(),
                new InconsistentCheck());
    }

    /** The checks this runner runs, in order (for settings pages that list names and default severities). */
    public List<QaCheck> checks() {
        return checks;
    }

    /**
     * Runs every check on one segment.
     *
     * @param target the target text; null (untranslated) gives no findings
     * @param context may be null (treated as {@link CheckContext#NONE})
     * @param overrides check name to severity for this project; may be null or miss names (defaults apply); a check
     *     set to {@link Severity#OFF} is not run
     * @return the findings in check order, then in the order each check reported them
     */
    public List<Finding> run(
            String source,
            String target,
            String sourceLocale,
            String targetLocale,
            CheckContext context,
            Map<String, Severity> overrides) {
        if (target == null) {
            return List.of();
        }
        String src = source == null ? "" : source;
        CheckContext ctx = context == null ? CheckContext.NONE : context;
        Map<String, Severity> severities = overrides == null ? Map.of() : overrides;
        List<Finding> findings = new ArrayList<>();
        for (QaCheck check : checks) {
            Severity severity = check.severityIn(severities);
            if (!severity.runs()) {
                continue;
            }
            for (QaMessage message : check.messages(src, target, sourceLocale, targetLocale, ctx)) {
                findings.add(Finding.of(check.name(), severity, message));
            }
        }
        return List.copyOf(findings);
    }
}
