package dev.tessera.glossary;

import dev.tessera.qa.DocumentCheck;
import dev.tessera.qa.QaMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code terms.drift}: one source term rendered two ways in a document's translated, approved and signed-off
 * segments. Three kinds of term are followed:
 * <ul>
 * <li>glossary concepts: which of the concept's approved terms stand in each target (concepts to be written out at
 * their first mention and do-not-translate ones are left to their own checks);</li>
 * <li>acronyms the source repeats (two capitals or more, not a glossary term): kept as they are, replaced by one
 * local acronym (NATO, OTAN), or written out; written-out mentions before the first short one are the usual way to
 * introduce an acronym and are not drift;</li>
 * <li>multi-word names the source repeats (capitalised words, joined by of, and, for…): kept in the source language
 * in some targets and translated in others.</li>
 * </ul>
 * Without an aligner the rendering of a term outside the glossary cannot be named, so only what can be judged
 * surely is reported.
 */
final class TermDrift {

    private static final Pattern ACRONYM = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])(\\p{Lu}[\\p{Lu}\\p{N}&]*\\p{Lu}\\p{N}*)s?(?![\\p{IsLatin}\\p{N}])");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019-]*");
    private static final Set<String> JOINERS = Set.of("of", "for", "the", "on", "de", "du", "des", "la");
    /** Joiners of two single words ("Belt and Road"); after a longer name they start another one. */
    private static final Set<String> PAIRING = Set.of("and", "&");
    /** Words that start sentences in capitals without starting a name. */
    private static final Set<String> OPENERS = Set.of(
            "The",
            "A",
            "An",
            "In",
            "On",
            "At",
            "For",
            "Of",
            "And",
            "But",
            "Or",
            "As",
            "By",
            "With",
            "From",
            "To",
            "This",
            "That",
            "These",
            "Those",
            "Its",
            "His",
            "Her",
            "Their",
            "Our",
            "We",
            "It",
            "He",
            "She",
            "They",
            "After",
            "Before",
            "When",
            "While",
            "If",
            "Since",
            "Although",
            "Both",
            "Some",
            "Many",
            "Most",
            "All",
            "According",
            "During",
            "Under",
            "Over",
            "Between",
            "Despite",
            "Meanwhile",
            "However",
            "Last",
            "Next");

    private static final int MAX_ACRONYM = 8;
    private static final int MAX_POSITIONS = 8;

    private TermDrift() {}

    /** The acronyms and multi-word names of a segment's source, those inside its glossary terms left out. */
    record SourceTerms(Set<String> acronyms, Set<String> names) {

        static SourceTerms of(String source, List<TermBase.ConceptUse> uses) {
            Set<String> acronyms = TermDrift.acronyms(source);
            Set<String> names = TermDrift.names(source);
            if (!uses.isEmpty()) {
                acronyms.removeIf(term -> inGlossaryTerm(term, uses));
                names.removeIf(term -> inGlossaryTerm(term, uses));
            }
            return new SourceTerms(Set.copyOf(acronyms), Set.copyOf(names));
        }
    }

    /** The drift messages by segment id; {@code uses} holds each segment's glossary concepts, as the segments go. */
    static Map<Long, List<QaMessage>> messages(
            List<DocumentCheck.Segment> segments, List<List<TermBase.ConceptUse>> uses, List<SourceTerms> sourceTerms) {
        Map<Long, List<QaMessage>> messages = new LinkedHashMap<>();
        glossaryDrift(segments, uses, messages);
        acronymDrift(segments, sourceTerms, messages);
        nameDrift(segments, sourceTerms, messages);
        return messages;
    }

    private static void glossaryDrift(
            List<DocumentCheck.Segment> segments,
            List<List<TermBase.ConceptUse>> uses,
            Map<Long, List<QaMessage>> messages) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<String, List<DocumentCheck.Segment>>> variants = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            DocumentCheck.Segment segment = segments.get(i);
            if (segment.stage() != DocumentCheck.Segment.Stage.CONFIRMED || !segment.hasTarget()) {
                continue;
            }
            for (TermBase.ConceptUse use : uses.get(i)) {
                if (use.firstUse() != null || use.doNotTranslate() || use.used().isEmpty()) {
                    continue;
                }
                names.putIfAbsent(use.conceptId(), use.name());
                variants.computeIfAbsent(use.conceptId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(String.join(" + ", use.used()), v -> new ArrayList<>())
                        .add(segment);
            }
        }
        variants.forEach((conceptId, byVariant) -> {
            if (byVariant.size() > 1) {
                renderedWays(names.get(conceptId), byVariant, messages);
            }
        });
    }

    private static void renderedWays(
            String name, Map<String, List<DocumentCheck.Segment>> byVariant, Map<Long, List<QaMessage>> messages) {
        List<String> listed = new ArrayList<>();
        byVariant.forEach((variant, where) -> listed.add("\u201C" + variant + "\u201D (" + positions(where) + ")"));
        String list = String.join(", ", listed);
        QaMessage message = QaMessage.of(
                "glossary.drift",
                name + " is rendered " + byVariant.size() + " ways in this document: " + list + "; use one.",
                name,
                byVariant.size(),
                list);
        byVariant.values().forEach(where -> add(messages, where, message));
    }

    private static void acronymDrift(
            List<DocumentCheck.Segment> segments, List<SourceTerms> sourceTerms, Map<Long, List<QaMessage>> messages) {
        Map<String, Set<Long>> mentioned = new LinkedHashMap<>();
        List<Set<String>> acronyms = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Set<String> found = sourceTerms.get(i).acronyms();
            acronyms.add(found);
            for (String acronym : found) {
                mentioned
                        .computeIfAbsent(acronym, a -> new LinkedHashSet<>())
                        .add(segments.get(i).id());
            }
        }
        for (Map.Entry<String, Set<Long>> entry : mentioned.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            String acronym = entry.getKey();
            Map<String, List<DocumentCheck.Segment>> named = new LinkedHashMap<>();
            List<DocumentCheck.Segment> writtenOut = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                DocumentCheck.Segment segment = segments.get(i);
                if (!acronyms.get(i).contains(acronym) || !confirmed(segment)) {
                    continue;
                }
                Set<String> inTarget = acronyms(segment.target());
                if (inTarget.contains(acronym)) {
                    named.computeIfAbsent(acronym, a -> new ArrayList<>()).add(segment);
                    continue;
                }
                inTarget.removeAll(acronyms.get(i));
                if (inTarget.isEmpty()) {
                    writtenOut.add(segment);
                } else if (inTarget.size() == 1) {
                    named.computeIfAbsent(inTarget.iterator().next(), a -> new ArrayList<>())
                            .add(segment);
                }
            }
            if (named.size() > 1) {
                renderedWays(acronym, named, messages);
            } else if (named.size() == 1 && !writtenOut.isEmpty() && !introduced(writtenOut, named)) {
                String shortForm = named.keySet().iterator().next();
                List<DocumentCheck.Segment> shortOnes = named.get(shortForm);
                QaMessage message = shortForm.equals(acronym)
                        ? keptAndTranslated(acronym, shortOnes, writtenOut)
                        : QaMessage.of(
                                "glossary.drift-written-out",
                                acronym + " is written \u201C" + shortForm + "\u201D in " + positions(shortOnes)
                                        + " but spelled out in " + positions(writtenOut) + "; choose one.",
                                acronym,
                                shortForm,
                                positions(shortOnes),
                                positions(writtenOut));
                add(messages, shortOnes, message);
                add(messages, writtenOut, message);
            }
        }
    }

    /** Whether every written-out mention comes before the first short one, as an acronym is introduced. */
    private static boolean introduced(
            List<DocumentCheck.Segment> writtenOut, Map<String, List<DocumentCheck.Segment>> named) {
        int firstShort = named.values().iterator().next().getFirst().position();
        return writtenOut.getLast().position() < firstShort;
    }

    private static void nameDrift(
            List<DocumentCheck.Segment> segments, List<SourceTerms> sourceTerms, Map<Long, List<QaMessage>> messages) {
        Map<String, Set<Long>> mentioned = new LinkedHashMap<>();
        List<Set<String>> names = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Set<String> found = sourceTerms.get(i).names();
            names.add(found);
            for (String name : found) {
                mentioned
                        .computeIfAbsent(name, n -> new LinkedHashSet<>())
                        .add(segments.get(i).id());
            }
        }
        for (Map.Entry<String, Set<Long>> entry : mentioned.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            String name = entry.getKey();
            String folded = name.toLowerCase(Locale.ROOT);
            List<DocumentCheck.Segment> kept = new ArrayList<>();
            List<DocumentCheck.Segment> translated = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                DocumentCheck.Segment segment = segments.get(i);
                if (names.get(i).contains(name) && confirmed(segment)) {
                    (segment.target().toLowerCase(Locale.ROOT).contains(folded) ? kept : translated).add(segment);
                }
            }
            if (!kept.isEmpty() && !translated.isEmpty()) {
                QaMessage message = keptAndTranslated(name, kept, translated);
                add(messages, kept, message);
                add(messages, translated, message);
            }
        }
    }

    private static QaMessage keptAndTranslated(
            String term, List<DocumentCheck.Segment> kept, List<DocumentCheck.Segment> translated) {
        return QaMessage.of(
                "glossary.drift-kept",
                term + " is kept as it is in " + positions(kept) + " but translated in " + positions(translated)
                        + "; choose one.",
                term,
                positions(kept),
                positions(translated));
    }

    /** The segments whose sources hold an acronym or a multi-word name that another segment's source holds too. */
    static Set<Long> repeating(List<DocumentCheck.Segment> segments, List<SourceTerms> sourceTerms) {
        Map<String, Set<Long>> mentioned = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            long id = segments.get(i).id();
            sourceTerms
                    .get(i)
                    .acronyms()
                    .forEach(term -> mentioned
                            .computeIfAbsent("a" + term, t -> new HashSet<>())
                            .add(id));
            sourceTerms
                    .get(i)
                    .names()
                    .forEach(term -> mentioned
                            .computeIfAbsent("n" + term, t -> new HashSet<>())
                            .add(id));
        }
        Set<Long> repeating = new HashSet<>();
        mentioned.values().stream().filter(ids -> ids.size() > 1).forEach(repeating::addAll);
        return repeating;
    }

    /** The acronyms of a text: two capitals or more (a plural s aside), not Roman numerals, not shouted words. */
    static Set<String> acronyms(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || shouted(text)) {
            return found;
        }
        Matcher matcher = ACRONYM.matcher(text);
        while (matcher.find()) {
            String acronym = matcher.group(1);
            if (acronym.length() <= MAX_ACRONYM && !ROMAN.matcher(acronym).matches()) {
                found.add(acronym);
            }
        }
        return found;
    }

    /** The multi-word names of a text: two capitalised words or more, joined by spaces and small words. */
    static Set<String> names(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || shouted(text)) {
            return found;
        }
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        int i = 0;
        while (i < words.size()) {
            if (!capitalised(text, words.get(i)) || OPENERS.contains(word(text, words.get(i)))) {
                i++;
                continue;
            }
            int last = i;
            int capitals = 1;
            int j = i + 1;
            while (j < words.size() && spaced(text, words.get(j - 1), words.get(j))) {
                if (capitalised(text, words.get(j))) {
                    last = j;
                    capitals++;
                    j++;
                } else if ((JOINERS.contains(word(text, words.get(j)))
                                || (capitals == 1 && PAIRING.contains(word(text, words.get(j)))))
                        && j + 1 < words.size()
                        && spaced(text, words.get(j), words.get(j + 1))
                        && capitalised(text, words.get(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            if (capitals >= 2) {
                found.add(text.substring(words.get(i)[0], words.get(last)[1]));
            }
            i = last + 1;
        }
        return found;
    }

    private static boolean capitalised(String text, int[] word) {
        String w = word(text, word);
        return Character.isUpperCase(w.codePointAt(0)) && w.codePoints().anyMatch(Character::isLowerCase);
    }

    private static String word(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    private static boolean spaced(String text, int[] before, int[] after) {
        return text.substring(before[1], after[0]).equals(" ");
    }

    /** A text mostly in capitals (a heading) has no acronyms or names to tell apart. */
    private static boolean shouted(String text) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return letters >= 20 && capitals * 4 > letters * 3;
    }

    private static boolean inGlossaryTerm(String term, List<TermBase.ConceptUse> uses) {
        for (TermBase.ConceptUse use : uses) {
            for (String form : use.forms()) {
                if (form.contains(term) || term.contains(form)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean confirmed(DocumentCheck.Segment segment) {
        return segment.stage() == DocumentCheck.Segment.Stage.CONFIRMED && segment.hasTarget();
    }

    private static void add(Map<Long, List<QaMessage>> messages, List<DocumentCheck.Segment> where, QaMessage message) {
        for (DocumentCheck.Segment segment : where) {
            messages.computeIfAbsent(segment.id(), id -> new ArrayList<>()).add(message);
        }
    }

    /** The segments' numbers as the editor shows them: "#3, #8", the first few of a long list. */
    private static String positions(List<DocumentCheck.Segment> segments) {
        List<String> numbers = new ArrayList<>();
        for (DocumentCheck.Segment segment : segments) {
            if (numbers.size() == MAX_POSITIONS) {
                numbers.add("\u2026");
                break;
            }
            numbers.add("#" + segment.position());
        }
        return String.join(", ", numbers);
    }
}
