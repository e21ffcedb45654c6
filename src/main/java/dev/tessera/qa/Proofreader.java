package dev.tessera.qa;

import java.util.List;
import java.util.Set;

/**
 * Checks of a target's language (spelling, grammar, typography, style), contributed by a feature (proofing). They
 * are slow and their checkers load for seconds, so they never run on a request thread: stored QA runs them in the
 * background after a save and stores their messages as findings like any other check's.
 */
public interface Proofreader extends QaCheckContributor {

    /** What to proofread: a target of a project, with its source, and the checks to run. */
    record Request(
            long projectId,
            String sourceLocale,
            String targetLocale,
            String source,
            String target,
            Set<String> checks) {

        public Request {
            checks = Set.copyOf(checks);
        }
    }

    /** One message of one check. */
    record Mark(String check, QaMessage message) {}

    /** Whether the proofreader checks anything at all (it can be switched off). */
    boolean available();

    /** Whether the checks can judge texts in the locale (a canonical BCP 47 tag such as {@code fr} or {@code ur}). */
    boolean covers(String locale);

    /**
     * Proofreads one target; blocking (tens of milliseconds once the locale's checker is loaded, seconds before).
     *
     * @return the marks of the checks asked for, each with the span of the target it points at
     */
    List<Mark> proofread(Request request);

    /** Whether the check is a language check ({@code lang.*}): its findings come from a proofreader. */
    static boolean isLanguageCheck(String check) {
        return check.startsWith("lang.");
    }
}
