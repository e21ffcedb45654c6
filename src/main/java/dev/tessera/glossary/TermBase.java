package dev.tessera.glossary;

import dev.tessera.qa.QaMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of a set of glossaries for one source language: one automaton over the source terms, built at once,
 * and one per target locale over that locale's renderings, built when first asked for. Finds the terms of a
 * source segment and judges a translation against them. Immutable apart from its lazily built target automata;
 * thread-safe.
 */
public final class TermBase {

    /** What the glossary says about one translation: the messages of each glossary check. */
    public record Verdict(
            List<QaMessage> missingMessages,
            List<QaMessage> forbiddenMessages,
            List<QaMessage> untranslatableMessages,
            List<QaMessage> admittedMessages) {

        static final Verdict CLEAN = new Verdict(List.of(), List.of(), List.of(), List.of());

        public List<String> missing() {
            return texts(missingMessages);
        }

        public List<String> forbidden() {
            return texts(forbiddenMessages);
        }

        public List<String> untranslatable() {
            return texts(untranslatableMessages);
        }

        public List<String> admitted() {
            return texts(admittedMessages);
        }

        private static List<String> texts(List<QaMessage> messages) {
            return messages.stream().map(QaMessage::text).toList();
        }
    }

    /**
     * A concept mentioned in a segment's source and how the target renders it.
     *
     * @param forms the concept's terms as they stand in the source, the first one first
     * @param used the concept's approved terms in the target locale that stand in the target, as the glossary writes
     *     them, in the order they first stand there
     */
    public record ConceptUse(
            long conceptId, List<String> forms, boolean doNotTranslate, FirstUse firstUse, List<String> used) {

        public ConceptUse {
            forms = List.copyOf(forms);
            used = List.copyOf(used);
        }

        /** The concept as the source first names it. */
        public String name() {
            return forms.getFirst();
        }
    }

    private final TermMatcher<GlossaryTerm> source;
    private final Map<Long, List<GlossaryTerm>> byConcept;
    private final Map<String, TermMatcher<GlossaryTerm>> targets = new ConcurrentHashMap<>();
    private final Map<String, List<String>> vouched = new ConcurrentHashMap<>();

    public TermBase(String sourceLocale, List<GlossaryTerm> terms) {
        Map<Long, List<GlossaryTerm>> concepts = new LinkedHashMap<>();
        List<TermMatcher.Entry<GlossaryTerm>> entries = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            concepts.computeIfAbsent(term.conceptId(), id -> new ArrayList<>()).add(term);
            if (TermLocales.serves(term.locale(), sourceLocale)) {
                entries.add(entry(term));
            }
        }
        concepts.replaceAll((id, list) -> List.copyOf(list));
        this.byConcept = Map.copyOf(concepts);
        this.source = TermMatcher.build(entries);
    }

    /** An empty term base: no glossary linked. */
    public static TermBase empty(String sourceLocale) {
        return new TermBase(sourceLocale, List.of());
    }

    public boolean isEmpty() {
        return byConcept.isEmpty();
    }

    /** The number of source terms in the automaton. */
    public int sourceTerms() {
        return source.size();
    }

    /** The glossary terms of the source text, with their renderings in the target locale. */
    public List<TermMention> mentions(String sourceText, String targetLocale) {
        List<TermMention> mentions = new ArrayList<>();
        for (TermMatcher.Match<GlossaryTerm> match : source.find(sourceText)) {
            long conceptId = match.values().getFirst().conceptId();
            mentions.add(new TermMention(
                    match.text(),
                    match.start(),
                    match.end(),
                    conceptId,
                    renderings(conceptId, targetLocale, match.text()),
                    forbidden(conceptId, targetLocale)));
        }
        return mentions;
    }

    /** The concepts the source mentions, in order, each with the approved terms of it that stand in the target. */
    public List<ConceptUse> uses(String sourceText, String target, String targetLocale) {
        List<TermMatcher.Match<GlossaryTerm>> inSource = source.find(sourceText);
        if (inSource.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> names = new LinkedHashMap<>();
        for (TermMatcher.Match<GlossaryTerm> match : inSource) {
            names.computeIfAbsent(match.values().getFirst().conceptId(), id -> new LinkedHashSet<>())
                    .add(match.text());
        }
        Map<Long, Set<String>> used = new LinkedHashMap<>();
        if (target != null && !target.isBlank()) {
            for (TermMatcher.Match<GlossaryTerm> match : target(targetLocale).find(target)) {
                for (GlossaryTerm term : match.values()) {
                    if (term.approved() && names.containsKey(term.conceptId())) {
                        used.computeIfAbsent(term.conceptId(), id -> new LinkedHashSet<>())
                                .add(term.text());
                    }
                }
            }
        }
        List<ConceptUse> uses = new ArrayList<>(names.size());
        names.forEach((conceptId, forms) -> {
            GlossaryTerm first = byConcept.get(conceptId).getFirst();
            uses.add(new ConceptUse(
                    conceptId,
                    List.copyOf(forms),
                    first.doNotTranslate(),
                    first.firstUse(),
                    List.copyOf(used.getOrDefault(conceptId, Set.of()))));
        });
        return uses;
    }

    /** The concept's full form in the locale: its longest approved term (null when it has none there). */
    public String fullForm(long conceptId, String targetLocale) {
        String full = null;
        for (String text : renderings(conceptId, targetLocale, null)) {
            if (full == null || text.codePointCount(0, text.length()) > full.codePointCount(0, full.length())) {
                full = text;
            }
        }
        return full;
    }

    /** The concept's other approved terms in the locale: its short forms (acronyms, abbreviations). */
    public List<String> shortForms(long conceptId, String targetLocale) {
        String full = fullForm(conceptId, targetLocale);
        return renderings(conceptId, targetLocale, null).stream()
                .filter(text -> !text.equals(full))
                .toList();
    }

    /** Judges a translation: too few approved renderings, forbidden ones, altered do-not-translate terms, admitted ones. */
    public Verdict check(String sourceText, String target, String targetLocale) {
        if (isEmpty() || target == null) {
            return Verdict.CLEAN;
        }
        List<TermMatcher.Match<GlossaryTerm>> inSource = source.find(sourceText);
        List<TermMatcher.Match<GlossaryTerm>> inTarget = target(targetLocale).find(target);
        if (inSource.isEmpty() && inTarget.isEmpty()) {
            return Verdict.CLEAN;
        }
        List<QaMessage> missing = new ArrayList<>();
        List<QaMessage> untranslatable = new ArrayList<>();
        List<QaMessage> admitted = new ArrayList<>();
        Set<QaMessage> forbidden = new LinkedHashSet<>();
        for (TermMatcher.Match<GlossaryTerm> match : inTarget) {
            if (match.values().stream().noneMatch(GlossaryTerm::approved)) {
                GlossaryTerm term = match.values().getFirst();
                List<String> instead = renderings(term.conceptId(), targetLocale, null);
                String text = "\u201C" + match.text() + "\u201D is a forbidden rendering"
                        + (instead.isEmpty() ? "." : "; use " + String.join(" or ", instead) + ".");
                forbidden.add(
                        instead.isEmpty()
                                ? QaMessage.of("glossary.forbidden", text, match.text())
                                : QaMessage.of("glossary.forbidden-instead", text, match.text(), instead));
            }
        }
        Map<Long, List<String>> mentioned = new LinkedHashMap<>();
        for (TermMatcher.Match<GlossaryTerm> match : inSource) {
            mentioned
                    .computeIfAbsent(match.values().getFirst().conceptId(), id -> new ArrayList<>())
                    .add(match.text());
        }
        for (Map.Entry<Long, List<String>> concept : mentioned.entrySet()) {
            long conceptId = concept.getKey();
            List<String> forms = concept.getValue();
            String name = forms.getFirst();
            int needed = forms.size();
            List<GlossaryTerm> terms = byConcept.get(conceptId);
            if (terms.getFirst().doNotTranslate()) {
                int kept = keptUnchanged(target, forms);
                if (kept < needed) {
                    String text = name + " is not to be translated: keep it as it is"
                            + (needed > 1 ? " (" + needed + " times in the source, " + kept + " in the target)." : ".");
                    untranslatable.add(
                            needed > 1
                                    ? QaMessage.of("glossary.untranslatable-times", text, name, needed, kept)
                                    : QaMessage.of("glossary.untranslatable", text, name));
                }
                continue;
            }
            List<String> approved = renderings(conceptId, targetLocale, null);
            if (approved.isEmpty()) {
                continue;
            }
            int found = 0;
            List<String> admittedUsed = new ArrayList<>();
            for (TermMatcher.Match<GlossaryTerm> match : inTarget) {
                for (GlossaryTerm term : match.values()) {
                    if (term.conceptId() == conceptId && term.approved()) {
                        found++;
                        if (term.status() == TermStatus.ADMITTED) {
                            admittedUsed.add(match.text());
                        }
                        break;
                    }
                }
            }
            if (found < needed) {
                missing.add(
                        needed == 1
                                ? QaMessage.of(
                                        "glossary.missing",
                                        name + " is not rendered as the glossary says: use "
                                                + String.join(" or ", approved) + ".",
                                        name,
                                        approved)
                                : QaMessage.of(
                                        "glossary.missing-times",
                                        name + " is in the source " + needed
                                                + " times but its renderings are in the target " + found + " "
                                                + (found == 1 ? "time" : "times") + ": use "
                                                + String.join(" or ", approved) + ".",
                                        name,
                                        needed,
                                        found,
                                        approved));
            }
            String preferred = preferred(conceptId, targetLocale);
            // A concept written out at its first mention prescribes its short form after it: no warning for that.
            if (preferred != null && terms.getFirst().firstUse() == null) {
                for (String used : new LinkedHashSet<>(admittedUsed)) {
                    admitted.add(QaMessage.of(
                            "glossary.admitted",
                            "\u201C" + used + "\u201D is admitted for " + name + "; the preferred rendering is "
                                    + preferred + ".",
                            used,
                            name,
                            preferred));
                }
            }
        }
        return new Verdict(
                List.copyOf(missing), List.copyOf(forbidden), List.copyOf(untranslatable), List.copyOf(admitted));
    }

    /** How many of the source forms stand unchanged in the target (each occurrence used once). */
    private static int keptUnchanged(String target, List<String> forms) {
        String folded = FoldedText.of(target).text();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (String form : forms) {
            wanted.merge(FoldedText.fold(form), 1, Integer::sum);
        }
        int kept = 0;
        for (Map.Entry<String, Integer> form : wanted.entrySet()) {
            int count = 0;
            for (int at = folded.indexOf(form.getKey());
                    at >= 0 && count < form.getValue();
                    at = folded.indexOf(form.getKey(), at + form.getKey().length())) {
                count++;
            }
            kept += count;
        }
        return kept;
    }

    private List<String> renderings(long conceptId, String targetLocale, String sourceForm) {
        List<String> preferred = new ArrayList<>();
        List<String> admitted = new ArrayList<>();
        List<GlossaryTerm> terms = byConcept.getOrDefault(conceptId, List.of());
        for (GlossaryTerm term : terms) {
            if (TermLocales.serves(term.locale(), targetLocale)) {
                if (term.status() == TermStatus.PREFERRED) {
                    preferred.add(term.text());
                } else if (term.status() == TermStatus.ADMITTED) {
                    admitted.add(term.text());
                }
            }
        }
        preferred.addAll(admitted);
        if (preferred.isEmpty()
                && sourceForm != null
                && !terms.isEmpty()
                && terms.getFirst().doNotTranslate()) {
            preferred.add(sourceForm);
        }
        return List.copyOf(new LinkedHashSet<>(preferred));
    }

    private String preferred(long conceptId, String targetLocale) {
        for (GlossaryTerm term : byConcept.getOrDefault(conceptId, List.of())) {
            if (term.status() == TermStatus.PREFERRED && TermLocales.serves(term.locale(), targetLocale)) {
                return term.text();
            }
        }
        return null;
    }

    private List<String> forbidden(long conceptId, String targetLocale) {
        return byConcept.getOrDefault(conceptId, List.of()).stream()
                .filter(t -> t.status() == TermStatus.FORBIDDEN && TermLocales.serves(t.locale(), targetLocale))
                .map(GlossaryTerm::text)
                .distinct()
                .toList();
    }

    /**
     * The terms a spelling checker of the target locale must accept: the locale's renderings that are not forbidden,
     * and the do-not-translate terms as they are written.
     */
    public List<String> vouchedTerms(String targetLocale) {
        return vouched.computeIfAbsent(targetLocale, locale -> {
            Set<String> texts = new LinkedHashSet<>();
            for (List<GlossaryTerm> terms : byConcept.values()) {
                for (GlossaryTerm term : terms) {
                    if ((term.approved() && TermLocales.serves(term.locale(), locale)) || term.doNotTranslate()) {
                        texts.add(term.text());
                    }
                }
            }
            return List.copyOf(texts);
        });
    }

    private TermMatcher<GlossaryTerm> target(String targetLocale) {
        return targets.computeIfAbsent(targetLocale, locale -> {
            List<TermMatcher.Entry<GlossaryTerm>> entries = new ArrayList<>();
            for (List<GlossaryTerm> terms : byConcept.values()) {
                for (GlossaryTerm term : terms) {
                    if (TermLocales.serves(term.locale(), locale)) {
                        entries.add(entry(term));
                    }
                }
            }
            return TermMatcher.build(entries);
        });
    }

    private static TermMatcher.Entry<GlossaryTerm> entry(GlossaryTerm term) {
        return new TermMatcher.Entry<>(
                term.text(),
                term.caseSensitive(),
                Inflection.of(TermLocales.language(term.locale()), term.partOfSpeech()),
                term);
    }
}
