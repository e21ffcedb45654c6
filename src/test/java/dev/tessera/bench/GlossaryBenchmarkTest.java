package dev.tessera.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.glossary.GlossaryChecks;
import dev.tessera.glossary.GlossaryTerm;
import dev.tessera.glossary.Inflection;
import dev.tessera.glossary.TermBase;
import dev.tessera.glossary.TermMatcher;
import dev.tessera.glossary.TermStatus;
import dev.tessera.qa.CheckContext;
import dev.tessera.qa.Finding;
import dev.tessera.qa.QaCheck;
import dev.tessera.qa.QaRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The glossary issue's speed figures, printed as a table: term recognition with a 50,000-term glossary over a
 * 20-million-character English text beside a regular-expression baseline, rebuilding the automaton after a term
 * changes, and the glossary checks of a 10,000-segment document. Plain classes, no Spring context. The glossary
 * and the texts are synthetic but deterministic (seeded). Runs only in the benchmark profile:
 * {@code mvn -Pbench verify -Dtest=GlossaryBenchmarkTest}. It measures; it asserts only that the work was done.
 */
@Tag("bench")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GlossaryBenchmarkTest {

    private static final int TERMS = 50_000;
    private static final int TEXT_CHARS = 20_000_000;
    private static final int SEGMENTS = 10_000;
    private static final int BASELINE_TERMS = 500;
    private static final int BASELINE_CHARS = 1_000_000;
    private static final String TARGET = "zh-Hans";

    private static final List<String> ROWS = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> NOTES = Collections.synchronizedList(new ArrayList<>());

    /** Common English words: the filler of the texts, none of them a term. */
    private static final String[] FILLER = java.util.Arrays.stream(
                    ("the of and to in a is that for on with as by at from it was be are this"
                                    + " which an has have had not but or its their they were will would can could also been more than other"
                                    + " into after over between about under such these those while during both each only most many some new"
                                    + " first last two three said year years government officials country countries project projects"
                                    + " according report week month people part because since however where when there then who what how"
                                    + " all any very much well still even just before against among through within without including around"
                                    + " across support plan plans work road roads city region border trade economic security agreement"
                                    + " meeting minister ministry president talks statement development investment energy power water"
                                    + " transport group groups area areas time times number way state states local national public private"
                                    + " we our us he she his her them you said says say told expected further already again under until")
                            .split(" "))
            .distinct()
            .toArray(String[]::new);

    /** Terms that look like the demo glossary's, placed first. */
    private static final String[][] REAL = {
        {"China-Pakistan Economic Corridor", "noun"},
        {"CPEC", "noun"},
        {"Joint Coordination Committee", "noun"},
        {"JCC", "noun"},
        {"East Turkestan Islamic Movement", "noun"},
        {"ETIM", "noun"},
        {"Belt and Road Initiative", "noun"},
        {"BRI", "noun"},
        {"Gwadar Port", "noun"},
        {"Quad", "noun"},
        {"AUKUS", "noun"},
        {"Taliban", "noun"},
        {"Kabul", "noun"},
        {"Indo-Pacific", "noun"},
        {"Afghanistan", "noun"},
        {"terrorist", "noun"},
        {"special economic zone", "noun"},
        {"memorandum of understanding", "noun"},
        {"foreign direct investment", "noun"},
        {"supply chain", "noun"},
        {"free trade agreement", "noun"},
        {"power purchase agreement", "noun"},
        {"debt sustainability", "noun"},
        {"counter-terrorism", "noun"},
        {"Karakoram Highway", "noun"},
        {"gross domestic product", "noun"},
        {"GDP", "noun"},
        {"IMF", "noun"},
        {"World Bank", "noun"},
        {"renewable energy", "noun"},
        {"hydropower project", "noun"},
        {"coal-fired power plant", "noun"},
        {"fibre-optic cable", "noun"},
        {"consolidate", "verb"},
        {"deploy", "verb"},
        {"ratify", "verb"},
        {"militancy", "noun"},
        {"insurgency", "noun"},
        {"Xinjiang", "noun"},
        {"Balochistan", "noun"},
    };

    private static final String[] ONSETS = {
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr", "dr",
        "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl", "pl", "sl", "st", "sp", "sc", "ch", "sh", "th", "qu"
    };
    private static final String[] VOWELS = {
        "a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "io", "ou", "oa", "y"
    };
    private static final String[] CODAS = {
        "", "", "", "n", "r", "s", "l", "m", "t", "nt", "st", "rd", "ck", "x", "ng", "ss"
    };
    private static final String[] SUFFIXES = {
        "", "", "", "", "", "tion", "ment", "ity", "ism", "al", "ure", "ance", "ive", "ory", "ics"
    };

    /** The concepts: index i is concept i + 1; its English term first, then its renderings. */
    static List<List<GlossaryTerm>> concepts;

    static List<GlossaryTerm> allTerms;
    static List<String> vocabulary;
    static String hanzi;
    static List<String> pieces;
    static String text;
    static TermBase base;
    static TermMatcher<GlossaryTerm> matcher;

    @BeforeAll
    static void generate() {
        long start = System.nanoTime();
        Random random = new Random(20_250_005L);
        Set<String> filler = Set.of(FILLER);
        Set<String> words = new HashSet<>();
        vocabulary = new ArrayList<>();
        while (vocabulary.size() < 30_000) {
            String word = pseudoWord(random);
            if (word.length() >= 4 && !filler.contains(word) && words.add(word)) {
                vocabulary.add(word);
            }
        }
        StringBuilder pool = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            pool.append((char) (0x4E00 + i * 7));
        }
        hanzi = pool.toString();
        concepts = new ArrayList<>(TERMS);
        Set<String> seen = new HashSet<>();
        int acronyms = 0;
        int singles = 0;
        int phrases = 0;
        while (concepts.size() < TERMS) {
            long id = concepts.size() + 1;
            String termText;
            String pos;
            boolean acronym;
            if (concepts.size() < REAL.length) {
                termText = REAL[concepts.size()][0];
                pos = REAL[concepts.size()][1];
                acronym = termText.chars().allMatch(c -> c >= 'A' && c <= 'Z');
            } else {
                double kind = random.nextDouble();
                acronym = kind < 0.15;
                if (acronym) {
                    termText = acronym(random);
                    pos = "noun";
                } else if (kind < 0.40) {
                    termText = vocabulary.get(random.nextInt(vocabulary.size()));
                    double p = random.nextDouble();
                    pos = p < 0.8 ? "noun" : p < 0.9 ? "verb" : null;
                } else {
                    termText = phrase(random);
                    pos = random.nextDouble() < 0.9 ? "noun" : null;
                }
            }
            if (!seen.add(acronym ? termText : termText.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (acronym) {
                acronyms++;
            } else if (termText.indexOf(' ') < 0) {
                singles++;
            } else {
                phrases++;
            }
            boolean doNotTranslate = acronym && random.nextDouble() < 0.3;
            List<GlossaryTerm> terms = new ArrayList<>(4);
            String enLocale = random.nextDouble() < 0.1 ? "en-US" : "en";
            terms.add(new GlossaryTerm(id, enLocale, termText, TermStatus.PREFERRED, acronym, pos, doNotTranslate));
            if (!doNotTranslate && random.nextDouble() < 0.5) {
                String zhLocale = random.nextDouble() < 0.2 ? "zh-CN" : "zh-Hans";
                terms.add(new GlossaryTerm(id, zhLocale, chinese(random), TermStatus.PREFERRED, false, pos, false));
                if (random.nextDouble() < 0.10) {
                    terms.add(new GlossaryTerm(id, zhLocale, chinese(random), TermStatus.ADMITTED, false, pos, false));
                }
                if (random.nextDouble() < 0.05) {
                    terms.add(new GlossaryTerm(id, zhLocale, chinese(random), TermStatus.FORBIDDEN, false, pos, false));
                }
                terms.add(new GlossaryTerm(id, "fr", french(random), TermStatus.PREFERRED, false, pos, false));
                if (random.nextDouble() < 0.05) {
                    terms.add(new GlossaryTerm(id, "fr", french(random), TermStatus.ADMITTED, false, pos, false));
                }
                if (random.nextDouble() < 0.03) {
                    terms.add(new GlossaryTerm(id, "fr", french(random), TermStatus.FORBIDDEN, false, pos, false));
                }
            }
            concepts.add(terms);
        }
        allTerms = concepts.stream().flatMap(List::stream).toList();

        pieces = new ArrayList<>();
        long total = 0;
        while (total < TEXT_CHARS) {
            String paragraph = paragraph(random, 150 + random.nextInt(1851));
            pieces.add(paragraph);
            total += paragraph.length() + 2;
        }
        text = String.join("\n\n", pieces);

        base = new TermBase("en", allTerms);
        matcher = TermMatcher.build(englishEntries(allTerms));
        note(("glossary: %,d concepts, %,d terms in all (%,d acronyms, %,d single words, %,d phrases of 2–4 words;"
                        + " %,d with zh-Hans/fr renderings); text: %,d chars in %,d paragraphs of 150–2,000 chars;"
                        + " generated in %.1f s")
                .formatted(
                        concepts.size(),
                        allTerms.size(),
                        acronyms,
                        singles,
                        phrases,
                        concepts.stream().filter(c -> c.size() > 1).count(),
                        text.length(),
                        pieces.size(),
                        (System.nanoTime() - start) / 1e9));
        assertThat(base.sourceTerms()).isEqualTo(TERMS);
    }

    @Test
    @Order(1)
    void recognitionThroughput() {
        long[] counts = new long[3];
        List<Supplier<Object>> variants = List.of(
                () -> {
                    long n = 0;
                    for (String piece : pieces) {
                        n += matcher.find(piece).size();
                    }
                    return counts[0] = n;
                },
                () -> counts[1] = matcher.find(text).size(),
                () -> {
                    long n = 0;
                    for (String piece : pieces) {
                        n += base.mentions(piece, TARGET).size();
                    }
                    return counts[2] = n;
                });
        // round robin, so that each variant meets the same JIT, heap and machine conditions
        List<List<Long>> nanos = measureInTurn(1, 3, variants);
        assertThat(counts[0]).isPositive();
        assertThat(counts[1]).isEqualTo(counts[0]);
        assertThat(counts[2]).isEqualTo(counts[0]);
        row(
                "recognition, TermMatcher.find, %,d terms, %,d chars fed as %,d paragraphs of 150–2,000 chars (%,d matches, %.1f per 1,000 chars; median of 3 after a warm-up)"
                        .formatted(TERMS, text.length(), pieces.size(), counts[0], counts[0] * 1000.0 / text.length()),
                "%,.1f M chars/s".formatted(text.length() * 1e3 / FoundationBenchmarkTest.median(nanos.get(0))),
                "≥ 20 M chars/s");
        row(
                "recognition, TermMatcher.find, the same %,d chars as one text".formatted(text.length()),
                "%,.1f M chars/s".formatted(text.length() * 1e3 / FoundationBenchmarkTest.median(nanos.get(1))),
                "≥ 20 M chars/s");
        row(
                "recognition with renderings, TermBase.mentions(…, zh-Hans), the same paragraphs",
                "%,.1f M chars/s".formatted(text.length() * 1e3 / FoundationBenchmarkTest.median(nanos.get(2))),
                "—");
    }

    @Test
    @Order(2)
    void regularExpressionBaseline() {
        List<GlossaryTerm> sample = new ArrayList<>();
        for (int i = 0; i < TERMS && sample.size() < BASELINE_TERMS; i += TERMS / BASELINE_TERMS) {
            sample.add(concepts.get(i).getFirst());
        }
        List<Pattern> patterns =
                sample.stream().map(GlossaryBenchmarkTest::regex).toList();
        List<String> sampleText = new ArrayList<>();
        long sampleChars = 0;
        for (String piece : pieces) {
            if (sampleChars >= BASELINE_CHARS) {
                break;
            }
            sampleText.add(piece);
            sampleChars += piece.length();
        }
        // warm up on other terms than the timed ones
        List<Pattern> warmUp = new ArrayList<>();
        for (int i = 1; i < TERMS && warmUp.size() < 100; i += TERMS / 100) {
            warmUp.add(regex(concepts.get(i).getFirst()));
        }
        runPatterns(warmUp, sampleText);
        List<Long> nanos = new ArrayList<>();
        long found = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            found = runPatterns(patterns, sampleText);
            nanos.add(System.nanoTime() - start);
        }
        assertThat(found).isPositive();
        double perTermPerChar = FoundationBenchmarkTest.median(nanos) / ((double) patterns.size() * sampleChars);
        double fullSeconds = perTermPerChar * TERMS * text.length() / 1e9;
        double perSecond = text.length() / fullSeconds;
        row(
                ("baseline: each term's regular expression in turn (\\b…\\b, quoted, case-insensitive except acronyms),"
                                + " scaled from %d terms × %,d chars to %,d terms × %,d chars (%,.1f ns per term per 1,000 chars; %,d matches in the sample)")
                        .formatted(patterns.size(), sampleChars, TERMS, text.length(), perTermPerChar * 1000, found),
                "%,.0f chars/s (%,.0f s for the text)".formatted(perSecond, fullSeconds),
                "—");
        note("baseline: timed on %d terms (every %dth of the glossary) over the first %,d chars (%d paragraphs),"
                        .formatted(patterns.size(), TERMS / BASELINE_TERMS, sampleChars, sampleText.size())
                + " median of 3 after a warm-up on 100 other terms, then scaled linearly to %,d terms × %,d chars;"
                        .formatted(TERMS, text.length())
                + " patterns compiled beforehand and without inflected forms or normalisation, which favours it");
    }

    @Test
    @Order(3)
    void rebuildAfterOneTermChanges() {
        int[] changes = {0};
        Supplier<List<GlossaryTerm>> changed = () -> {
            List<GlossaryTerm> terms = new ArrayList<>(allTerms);
            int at = terms.indexOf(concepts.get(TERMS / 2).getFirst());
            GlossaryTerm old = terms.get(at);
            terms.set(
                    at,
                    new GlossaryTerm(
                            old.conceptId(),
                            old.locale(),
                            "Zentorvial Bramstock " + (changes[0]++),
                            TermStatus.PREFERRED,
                            false,
                            "noun",
                            false));
            return terms;
        };
        List<Long> source = new ArrayList<>();
        List<Long> target = new ArrayList<>();
        TermBase rebuilt = null;
        for (int run = 0; run < 4; run++) {
            List<GlossaryTerm> terms = changed.get();
            long start = System.nanoTime();
            rebuilt = new TermBase("en", terms);
            long built = System.nanoTime();
            rebuilt.check("The CPEC is a flagship project.", "中巴经济走廊是旗舰项目。", TARGET);
            long checked = System.nanoTime();
            if (run > 0) {
                source.add(built - start);
                target.add(checked - built);
            }
        }
        assertThat(rebuilt.mentions("The zentorvial bramstock " + (changes[0] - 1) + " met.", TARGET))
                .hasSize(1);
        row(
                "rebuild after one term changes: new TermBase, source automaton of %,d English terms (median of 3 after a warm-up)"
                        .formatted(TERMS),
                "%,.0f ms".formatted(FoundationBenchmarkTest.median(source) / 1e6),
                "—");
        row(
                "… then the first zh-Hans check, which builds the zh-Hans automaton (%,d zh terms)"
                        .formatted(allTerms.stream()
                                .filter(t -> t.locale().startsWith("zh"))
                                .count()),
                "%,.0f ms".formatted(FoundationBenchmarkTest.median(target) / 1e6),
                "—");
    }

    @Test
    @Order(4)
    void glossaryChecksOfTenThousandSegments() {
        Random random = new Random(5L);
        List<List<GlossaryTerm>> rendered = new ArrayList<>();
        List<List<GlossaryTerm>> withAdmitted = new ArrayList<>();
        List<List<GlossaryTerm>> withForbidden = new ArrayList<>();
        List<List<GlossaryTerm>> untranslatable = new ArrayList<>();
        for (List<GlossaryTerm> concept : concepts) {
            if (concept.getFirst().doNotTranslate()) {
                untranslatable.add(concept);
            } else if (concept.size() > 1) {
                rendered.add(concept);
                if (concept.stream().anyMatch(t -> zh(t) && t.status() == TermStatus.ADMITTED)) {
                    withAdmitted.add(concept);
                }
                if (concept.stream().anyMatch(t -> zh(t) && t.status() == TermStatus.FORBIDDEN)) {
                    withForbidden.add(concept);
                }
            }
        }
        List<String[]> document = new ArrayList<>(SEGMENTS);
        long chars = 0;
        for (int i = 0; i < SEGMENTS; i++) {
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            int mentions = 1 + random.nextInt(3);
            for (int m = 0; m < mentions; m++) {
                fillerWords(random, source, 2 + random.nextInt(8), m == 0);
                target.append(hanziRun(random, 3 + random.nextInt(10)));
                double pick = random.nextDouble();
                List<List<GlossaryTerm>> from =
                        pick < 0.7 ? rendered : pick < 0.8 ? withAdmitted : pick < 0.9 ? withForbidden : untranslatable;
                List<GlossaryTerm> concept = from.get(random.nextInt(from.size()));
                GlossaryTerm en = concept.getFirst();
                source.append(' ').append(en.text());
                if (en.doNotTranslate()) {
                    if (random.nextDouble() < 0.95) {
                        target.append(en.text());
                    }
                    continue;
                }
                double outcome = random.nextDouble();
                TermStatus status = outcome < 0.04
                        ? null
                        : outcome < 0.3
                                ? TermStatus.FORBIDDEN
                                : outcome < 0.6 ? TermStatus.ADMITTED : TermStatus.PREFERRED;
                if (status != null) {
                    GlossaryTerm rendering = concept.stream()
                            .filter(t -> zh(t) && t.status() == status)
                            .findFirst()
                            .orElse(concept.stream()
                                    .filter(t -> zh(t) && t.status() == TermStatus.PREFERRED)
                                    .findFirst()
                                    .orElseThrow());
                    target.append(rendering.text());
                }
            }
            fillerWords(random, source, 3 + random.nextInt(10), false);
            source.append('.');
            target.append(hanziRun(random, 4 + random.nextInt(12))).append('。');
            document.add(new String[] {source.toString(), target.toString()});
            chars += source.length() + target.length();
        }

        TermBase fresh = new TermBase("en", allTerms);
        int[] verdicts = new int[5];
        long start = System.nanoTime();
        for (String[] segment : document) {
            fresh.check(segment[0], segment[1], TARGET);
        }
        long first = System.nanoTime() - start;
        List<Long> checks = FoundationBenchmarkTest.measure(1, 3, () -> {
            java.util.Arrays.fill(verdicts, 0);
            for (String[] segment : document) {
                TermBase.Verdict verdict = fresh.check(segment[0], segment[1], TARGET);
                verdicts[0] += verdict.missing().isEmpty() ? 0 : 1;
                verdicts[1] += verdict.forbidden().isEmpty() ? 0 : 1;
                verdicts[2] += verdict.untranslatable().isEmpty() ? 0 : 1;
                verdicts[3] += verdict.admitted().isEmpty() ? 0 : 1;
                verdicts[4] += verdict.missing().isEmpty()
                                && verdict.forbidden().isEmpty()
                                && verdict.untranslatable().isEmpty()
                                && verdict.admitted().isEmpty()
                        ? 1
                        : 0;
            }
            return verdicts[0];
        });
        assertThat(verdicts[0]).isPositive();
        assertThat(verdicts[1]).isPositive();
        assertThat(verdicts[4]).isPositive();
        row(
                "glossary checks, TermBase.check, %,d en→zh-Hans segments (%,d chars; segments with missing %,d, forbidden %,d, untranslatable %,d, admitted %,d, clean %,d)"
                        .formatted(SEGMENTS, chars, verdicts[0], verdicts[1], verdicts[2], verdicts[3], verdicts[4]),
                "%,.0f ms".formatted(FoundationBenchmarkTest.median(checks) / 1e6),
                "—");
        row(
                "… the first pass on a new term base (builds the zh-Hans automaton)",
                "%,.0f ms".formatted(first / 1e6),
                "—");

        List<QaCheck> all = new ArrayList<>(QaRunner.standardChecks());
        all.addAll(GlossaryChecks.over(fresh));
        QaRunner withGlossary = new QaRunner(all);
        QaRunner standard = QaRunner.standard();
        Map<String, Integer> byCheck = new TreeMap<>();
        List<Long> qa = FoundationBenchmarkTest.measure(1, 3, () -> {
            byCheck.clear();
            for (String[] segment : document) {
                for (Finding finding :
                        withGlossary.run(segment[0], segment[1], "en", TARGET, CheckContext.NONE, Map.of())) {
                    byCheck.merge(finding.check(), 1, Integer::sum);
                }
            }
            return byCheck.size();
        });
        List<Long> qaStandard = FoundationBenchmarkTest.measure(1, 3, () -> {
            int n = 0;
            for (String[] segment : document) {
                n += standard.run(segment[0], segment[1], "en", TARGET, CheckContext.NONE, Map.of())
                        .size();
            }
            return n;
        });
        assertThat(byCheck).containsKeys(GlossaryChecks.MISSING, GlossaryChecks.FORBIDDEN);
        row(
                "QaRunner, standard checks + the four glossary checks, same %,d segments (standard checks alone: %,.0f ms)"
                        .formatted(SEGMENTS, FoundationBenchmarkTest.median(qaStandard) / 1e6),
                "%,.0f ms".formatted(FoundationBenchmarkTest.median(qa) / 1e6),
                "—");
        note("QA findings by check over the %,d segments: %s".formatted(SEGMENTS, byCheck));
    }

    @AfterAll
    static void printTable() {
        System.out.println();
        System.out.println("| glossary benchmark | median | target |");
        System.out.println("|---|---|---|");
        ROWS.forEach(System.out::println);
        System.out.println();
        NOTES.forEach(note -> System.out.println("- " + note));
        System.out.println();
    }

    // ----- measuring

    private static void row(String what, String figure, String target) {
        System.out.println("BENCH glossary " + what + ": " + figure);
        ROWS.add("| " + what + " | " + figure + " | " + target + " |");
    }

    private static void note(String note) {
        System.out.println("BENCH glossary " + note);
        NOTES.add(note);
    }

    /** Runs the variants in turn, round after round; answers each one's timings. */
    private static List<List<Long>> measureInTurn(int warmUps, int runs, List<Supplier<Object>> variants) {
        List<List<Long>> nanos = new ArrayList<>();
        variants.forEach(v -> nanos.add(new ArrayList<>()));
        for (int round = 0; round < warmUps + runs; round++) {
            for (int v = 0; v < variants.size(); v++) {
                long start = System.nanoTime();
                variants.get(v).get();
                if (round >= warmUps) {
                    nanos.get(v).add(System.nanoTime() - start);
                }
            }
        }
        return nanos;
    }

    private static Pattern regex(GlossaryTerm term) {
        return Pattern.compile(
                "\\b" + Pattern.quote(term.text()) + "\\b", term.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE);
    }

    private static long runPatterns(List<Pattern> patterns, List<String> texts) {
        long found = 0;
        for (Pattern pattern : patterns) {
            for (String piece : texts) {
                Matcher m = pattern.matcher(piece);
                while (m.find()) {
                    found++;
                }
            }
        }
        return found;
    }

    /** The source entries as TermBase makes them (its source matcher is private). */
    private static List<TermMatcher.Entry<GlossaryTerm>> englishEntries(List<GlossaryTerm> terms) {
        List<TermMatcher.Entry<GlossaryTerm>> entries = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            if (term.locale().startsWith("en")) {
                entries.add(new TermMatcher.Entry<>(
                        term.text(), term.caseSensitive(), Inflection.of("en", term.partOfSpeech()), term));
            }
        }
        return entries;
    }

    private static boolean zh(GlossaryTerm term) {
        return term.locale().startsWith("zh");
    }

    // ----- generating

    private static String pseudoWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 1 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            if (s == syllables - 1 || random.nextDouble() < 0.3) {
                word.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        return word.append(SUFFIXES[random.nextInt(SUFFIXES.length)]).toString();
    }

    private static String acronym(Random random) {
        double p = random.nextDouble();
        int length = p < 0.04 ? 2 : p < 0.45 ? 3 : p < 0.78 ? 4 : p < 0.94 ? 5 : 6;
        StringBuilder acronym = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            acronym.append((char) ('A' + random.nextInt(26)));
        }
        return acronym.toString();
    }

    private static String phrase(Random random) {
        double p = random.nextDouble();
        int length = p < 0.5 ? 2 : p < 0.85 ? 3 : 4;
        boolean title = random.nextDouble() < 0.3;
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                phrase.append(' ');
                if (length > 2 && i == length - 1 && random.nextDouble() < 0.2) {
                    phrase.append(random.nextBoolean() ? "of " : "and ");
                }
            }
            String word = vocabulary.get(random.nextInt(vocabulary.size()));
            phrase.append(title ? capitalised(word) : word);
        }
        return phrase.toString();
    }

    private static String chinese(Random random) {
        double p = random.nextDouble();
        return hanziRun(random, p < 0.15 ? 2 : p < 0.5 ? 3 : p < 0.8 ? 4 : 5 + random.nextInt(4));
    }

    private static String hanziRun(Random random, int length) {
        StringBuilder run = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            run.append(hanzi.charAt(random.nextInt(hanzi.length())));
        }
        return run.toString();
    }

    private static String french(Random random) {
        String head = vocabulary.get(random.nextInt(vocabulary.size())) + "e";
        return random.nextBoolean() ? head : head + " de la " + vocabulary.get(random.nextInt(vocabulary.size()));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Sentences of filler words, pseudo-words, numbers and glossary terms (about one word in 15 a term). */
    private static String paragraph(Random random, int length) {
        StringBuilder paragraph = new StringBuilder(length + 200);
        while (paragraph.length() < length) {
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            int words = 8 + random.nextInt(23);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    paragraph.append(random.nextDouble() < 0.06 ? ", " : " ");
                }
                double p = random.nextDouble();
                String word;
                if (p < 0.55) {
                    word = FILLER[random.nextInt(FILLER.length)];
                } else if (p < 0.90) {
                    word = vocabulary.get(random.nextInt(vocabulary.size()));
                } else if (p < 0.92) {
                    word = Integer.toString(random.nextInt(10_000));
                } else if (p < 0.94) {
                    word = inflected(
                            random, concepts.get(random.nextInt(REAL.length)).getFirst());
                } else {
                    word = inflected(
                            random,
                            concepts.get(random.nextInt(concepts.size())).getFirst());
                }
                paragraph.append(w == 0 ? capitalised(word) : word);
            }
            paragraph.append('.');
        }
        return paragraph.toString();
    }

    private static String inflected(Random random, GlossaryTerm term) {
        double p = random.nextDouble();
        if (term.caseSensitive()) {
            return p < 0.1 ? term.text() + "'s" : p < 0.15 ? term.text() + "s" : term.text();
        }
        return p < 0.15 ? term.text() + "s" : term.text();
    }

    private static void fillerWords(Random random, StringBuilder out, int count, boolean first) {
        for (int i = 0; i < count; i++) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String word = FILLER[random.nextInt(FILLER.length)];
            out.append(first && i == 0 ? capitalised(word) : word);
        }
    }
}
