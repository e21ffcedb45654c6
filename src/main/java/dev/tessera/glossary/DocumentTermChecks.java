package dev.tessera.glossary;

import dev.tessera.qa.DocumentCheck;
import dev.tessera.qa.QaMessage;
import dev.tessera.qa.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The glossary's checks over a whole document: {@code glossary.first-mention} (a concept marked to be written out at
 * its first mention is, there) and {@code terms.drift} (one term rendered two ways in the document, see
 * {@link TermDrift}). Both read the same analysis of the document's segments, made once per document.
 */
public final class DocumentTermChecks {

    public static final String FIRST_MENTION = "glossary.first-mention";
    public static final String DRIFT = "terms.drift";

    private record Analysed(
            List<DocumentCheck.Segment> segments,
            String targetLocale,
            List<List<TermBase.ConceptUse>> uses,
            List<TermDrift.SourceTerms> sourceTerms) {}

    private final TermBase terms;
    private volatile Analysed last;

    private DocumentTermChecks(TermBase terms) {
        this.terms = terms;
    }

    /** The checks over the term base, sharing one analysis of a document (one per document, not shared). */
    public static DocumentTermChecks of(TermBase terms) {
        return new DocumentTermChecks(terms);
    }

    /** The two checks over the term base. */
    public static List<DocumentCheck> over(TermBase terms) {
        return of(terms).checks();
    }

    public List<DocumentCheck> checks() {
        return List.of(
                check(FIRST_MENTION, Severity.ERROR, this::firstMentions), check(DRIFT, Severity.WARNING, this::drift));
    }

    private interface Rule {
        Map<Long, List<QaMessage>> apply(Analysed analysed);
    }

    private DocumentCheck check(String name, Severity severity, Rule rule) {
        return new DocumentCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Severity defaultSeverity() {
                return severity;
            }

            @Override
            public Map<Long, List<QaMessage>> documentMessages(
                    List<Segment> segments, String sourceLocale, String targetLocale) {
                return rule.apply(analysed(segments, targetLocale));
            }
        };
    }

    private Analysed analysed(List<DocumentCheck.Segment> segments, String targetLocale) {
        Analysed known = last;
        if (known != null
                && known.segments() == segments
                && known.targetLocale().equals(targetLocale)) {
            return known;
        }
        List<List<TermBase.ConceptUse>> uses = new ArrayList<>(segments.size());
        for (DocumentCheck.Segment segment : segments) {
            uses.add(
                    terms.isEmpty()
                            ? List.of()
                            : terms.uses(
                                    segment.source(), segment.hasTarget() ? segment.target() : null, targetLocale));
        }
        List<TermDrift.SourceTerms> sourceTerms = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            sourceTerms.add(TermDrift.SourceTerms.of(segments.get(i).source(), uses.get(i)));
        }
        Analysed analysed = new Analysed(segments, targetLocale, uses, sourceTerms);
        last = analysed;
        return analysed;
    }

    /**
     * The segments whose translation the checks read, judged from the sources alone: those that name a glossary
     * concept, a repeated acronym or a repeated multi-word name. A change of any other segment cannot change a
     * finding.
     */
    public Set<Long> involved(List<DocumentCheck.Segment> segments, String targetLocale) {
        Analysed analysed = analysed(segments, targetLocale);
        Set<Long> involved = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!analysed.uses().get(i).isEmpty()) {
                involved.add(segments.get(i).id());
            }
        }
        involved.addAll(TermDrift.repeating(segments, analysed.sourceTerms()));
        return involved;
    }

    /** The first mention of each concept marked "expand on first use", where it has a target without the full form. */
    private Map<Long, List<QaMessage>> firstMentions(Analysed analysed) {
        Map<Long, List<QaMessage>> messages = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < analysed.segments().size(); i++) {
            DocumentCheck.Segment segment = analysed.segments().get(i);
            for (TermBase.ConceptUse use : analysed.uses().get(i)) {
                if (use.firstUse() == null || !seen.add(use.conceptId()) || !segment.hasTarget()) {
                    continue;
                }
                String full = terms.fullForm(use.conceptId(), analysed.targetLocale());
                if (full == null) {
                    continue;
                }
                List<String> shorts = terms.shortForms(use.conceptId(), analysed.targetLocale());
                boolean withShort = use.firstUse() == FirstUse.EXPAND_WITH_SHORT && !shorts.isEmpty();
                boolean written = use.used().contains(full)
                        && (!withShort || use.used().stream().anyMatch(shorts::contains));
                if (written) {
                    continue;
                }
                String first =
                        use.name() + " is mentioned here for the first time in the document: write it out as \u201C"
                                + full + "\u201D";
                messages.computeIfAbsent(segment.id(), id -> new ArrayList<>())
                        .add(
                                withShort
                                        ? QaMessage.of(
                                                "glossary.first-mention-short",
                                                first + " followed by " + String.join(" or ", shorts) + " in brackets.",
                                                use.name(),
                                                full,
                                                shorts)
                                        : QaMessage.of("glossary.first-mention", first + ".", use.name(), full));
            }
        }
        return messages;
    }

    private Map<Long, List<QaMessage>> drift(Analysed analysed) {
        return TermDrift.messages(analysed.segments(), analysed.uses(), analysed.sourceTerms());
    }
}
