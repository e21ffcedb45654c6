package dev.tessera.proofing;

import dev.tessera.qa.Proofreader.Mark;
import dev.tessera.qa.QaMessage;
import dev.tessera.qa.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.UppercaseSentenceStartRule;

/**
 * Proofreads one target with LanguageTool and keeps what a translator should see: each match filed under the check
 * that judges what it is about ({@link RuleKinds}), and none that the source, the glossary or the dictionary
 * vouches for ({@link Awareness}). Plain; thread-safe (checkers come from the pool one thread at a time).
 */
final class Proofreading {

    static final int MAX_SUGGESTIONS = 5;

    private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\.\\p{Ll}.*");

    private final Checkers checkers;

    Proofreading(Checkers checkers) {
        this.checkers = checkers;
    }

    /**
     * @param terms the glossary's terms of the locale and its do-not-translate terms
     * @param dictionary the project's words for the locale
     * @param checks the checks to report
     */
    List<Mark> proofread(
            String source,
            String target,
            String locale,
            Collection<String> terms,
            Collection<String> dictionary,
            Set<LanguageCheck> checks) {
        return marks(target, hits(source, target, locale, terms, dictionary, checks, true));
    }

    /** The hits as marks: each with its message and its span and suggestions in the target. */
    static List<Mark> marks(String target, List<Hit> hits) {
        List<Mark> marks = new ArrayList<>();
        for (Hit hit : hits) {
            List<String> suggestions = hit.match().getSuggestedReplacements().stream()
                    .limit(MAX_SUGGESTIONS)
                    .toList();
            marks.add(new Mark(
                    hit.check().checkName(),
                    message(hit.check(), target.substring(hit.start(), hit.end()), hit.match(), suggestions)
                            .at(new TextSpan(hit.start(), hit.end(), suggestions))));
        }
        return marks;
    }

    /** A LanguageTool match kept, the check it is filed under and the span it covers in the target. */
    record Hit(RuleMatch match, LanguageCheck check, int start, int end) {

        String ruleId() {
            return match.getRule().getId();
        }
    }

    /**
     * The matches kept, before they become marks (the benchmark reports them per rule); with {@code aware} false,
     * LanguageTool's matches as they come (the benchmark's "out of the box" figure).
     */
    List<Hit> hits(
            String source,
            String target,
            String locale,
            Collection<String> terms,
            Collection<String> dictionary,
            Set<LanguageCheck> checks,
            boolean aware) {
        if (checks.isEmpty() || target.isBlank() || !Checkers.supports(locale)) {
            return List.of();
        }
        List<RuleMatch> matches = checkers.with(locale, checker -> {
            try {
                return checker.check(ProofText.of(target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Awareness awareness = new Awareness(source, target, terms, dictionary);
        List<Hit> hits = new ArrayList<>();
        for (RuleMatch match : matches) {
            LanguageCheck check = RuleKinds.of(match.getRule());
            int start = match.getFromPos();
            int end = Math.min(match.getToPos(), target.length());
            if (checks.contains(check) && start < end && !(aware && vouched(awareness, match, check, start, end))) {
                hits.add(new Hit(match, check, start, end));
            }
        }
        return hits;
    }

    private static boolean vouched(Awareness awareness, RuleMatch match, LanguageCheck check, int start, int end) {
        return switch (check) {
            case SPELLING -> {
                String word = awareness.text(start, end);
                List<String> suggestions = match.getSuggestedReplacements();
                yield awareness.vouchesSpelling(start, end)
                        || !Typos.nearAWord(word, suggestions)
                        || Typos.madeOfWords(word, suggestions);
            }
            case GRAMMAR ->
                match.getRule() instanceof UppercaseSentenceStartRule
                        ? (awareness.sourceIsFragment() && awareness.atTargetStart(start))
                                || awareness.afterAbbreviation(start)
                        : awareness.holdsSourceName(start, end)
                                || Agreement.doubtful(match)
                                || (match.getRule().getId().equals("ELISION") && awareness.holdsBorrowedH(start, end));
            case TYPOGRAPHY ->
                // "p.ex.", "c.-à-d.": a full stop straight before a small letter ends an abbreviation, not a sentence
                match.getRule().getId().equals("ESPACE_APRES_POINT")
                        && ABBREVIATION_DOT.matcher(awareness.text(start, end)).matches();
            case STYLE -> false;
        };
    }

    private static QaMessage message(LanguageCheck check, String covered, RuleMatch match, List<String> suggestions) {
        if (check == LanguageCheck.SPELLING) {
            return suggestions.isEmpty()
                    ? QaMessage.of("lang.spelling", "\"" + covered + "\" is not in the dictionary.", covered)
                    : QaMessage.of(
                            "lang.spelling-suggested",
                            "\"" + covered + "\" is not in the dictionary; did you mean \"" + suggestions.getFirst()
                                    + "\"?",
                            covered,
                            suggestions.getFirst());
        }
        String explanation = explanation(match);
        return QaMessage.of("lang.rule", explanation + " (\"" + covered + "\")", covered, explanation);
    }

    /** LanguageTool's message, in the checked language, with its suggestion markup as quotes. */
    private static String explanation(RuleMatch match) {
        String message = match.getMessage();
        if (message == null || message.isBlank()) {
            message = match.getRule().getDescription();
        }
        return message.replaceAll("</?suggestion>", "\"").strip();
    }
}
