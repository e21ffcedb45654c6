package dev.tessera.proofing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.glossary.CsvGlossaryReader;
import dev.tessera.glossary.ParsedConcept;
import dev.tessera.glossary.ParsedTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The language checks' figures on TICO-19's 3,071 English–French units: the share of segments each check flags out of
 * the box (LanguageTool's matches as they come, filed by {@link RuleKinds}) and with the awareness on (the source, both
 * French lists of TICO-19's terminologies as linked glossaries, an empty dictionary); the French typography slips
 * (a letter straight before {@code ? ! ; :}) found; the heap French takes, its loading and first check; the time per
 * segment once warm; then 50 flags drawn at random (fixed seed, style left out as it is off by default) to be judged
 * by a reader. Needs {@code -Dtessera.corpora=../shared/corpora}; runs only in the benchmark profile:
 * {@code mvn -Pbench test -Dtest=ProofingBenchmarkTest}. It measures; it asserts only that the work was done.
 */
@Tag("bench")
class ProofingBenchmarkTest {

    private static final long SEED = 20_200_319L;
    private static final int SAMPLE = 50;
    private static final Set<LanguageCheck> ALL = EnumSet.allOf(LanguageCheck.class);

    /** A letter, digit or closing mark straight before French high punctuation, then a space or the end. */
    private static final Pattern SLIP = Pattern.compile("[\\p{L}\\p{N})»](?<mark>[?!;:])(?=\\s|$)");

    record Unit(String id, String source, String target) {}

    private record Flag(int unit, Proofreading.Hit hit) {}

    @Test
    void languageChecksOnTico19() throws Exception {
        Path corpora = corpora();
        List<Unit> units = units(corpora.resolve("tmx/tico-19/all.en-fr.tmx"));
        List<String> terms = new ArrayList<>();
        for (String name : List.of("f_en-fr_XX.csv", "g_en_fr-FR.csv")) {
            terms.addAll(frenchTerms(
                    corpora.resolve("glossary/tico-19-terminologies").resolve(name)));
        }
        assertThat(units).hasSize(3071);

        // loading French: heap after a full collection before and after, the load and the first check
        Checkers checkers = new Checkers(1);
        long before = usedHeapAfterGc();
        long[] nanos = new long[3];
        nanos[0] = System.nanoTime();
        checkers.with("fr", checker -> {
            nanos[1] = System.nanoTime();
            try {
                checker.check(ProofText.of(units.get(1).target()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nanos[2] = System.nanoTime();
            return null;
        });
        long after = usedHeapAfterGc();
        Proofreading proofreading = new Proofreading(checkers);

        // out of the box, then aware (timed, warm)
        Map<LanguageCheck, Integer> raw = new EnumMap<>(LanguageCheck.class);
        int rawAny = 0;
        int rawAnyButStyle = 0;
        for (Unit unit : units) {
            List<Proofreading.Hit> hits =
                    proofreading.hits(unit.source(), unit.target(), "fr", List.of(), List.of(), ALL, false);
            rawAny += count(hits.stream().map(h -> h.check().checkName()).toList(), raw);
            rawAnyButStyle += hits.stream().anyMatch(h -> h.check() != LanguageCheck.STYLE) ? 1 : 0;
        }
        Map<LanguageCheck, Integer> aware = new EnumMap<>(LanguageCheck.class);
        int awareAny = 0;
        int awareAnyButStyle = 0;
        long[] times = new long[units.size()];
        List<Flag> flags = new ArrayList<>();
        List<List<Proofreading.Hit>> awareHits = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            long start = System.nanoTime();
            List<Proofreading.Hit> hits =
                    proofreading.hits(unit.source(), unit.target(), "fr", terms, List.of(), ALL, true);
            times[i] = System.nanoTime() - start;
            awareHits.add(hits);
            awareAny += count(hits.stream().map(h -> h.check().checkName()).toList(), aware);
            awareAnyButStyle += hits.stream().anyMatch(h -> h.check() != LanguageCheck.STYLE) ? 1 : 0;
            for (Proofreading.Hit hit : hits) {
                if (hit.check() != LanguageCheck.STYLE) {
                    flags.add(new Flag(i, hit));
                }
            }
        }

        // the typography slips: a letter straight before ? ! ; : in the target, found by lang.typography
        int slips = 0;
        int slipsFound = 0;
        List<String> slipsMissed = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String target = units.get(i).target();
            Matcher slip = SLIP.matcher(target);
            while (slip.find()) {
                int at = slip.start("mark");
                int word = at;
                while (word > 0 && Character.isLetter(target.charAt(word - 1))) {
                    word--;
                }
                if (word > 0 && target.charAt(word - 1) == '&') {
                    continue; // "&amp;": TICO-19 escapes some characters twice
                }
                slips++;
                boolean found = awareHits.get(i).stream()
                        .anyMatch(h -> h.check() == LanguageCheck.TYPOGRAPHY && h.start() <= at && at < h.end());
                if (found) {
                    slipsFound++;
                } else {
                    slipsMissed.add(units.get(i).id() + ": …"
                            + target.substring(Math.max(0, at - 30), Math.min(target.length(), at + 10)));
                }
            }
        }

        int n = units.size();
        System.out.println();
        System.out.printf(Locale.ROOT, "TICO-19 en→fr: %d units, %d French glossary terms%n%n", n, terms.size());
        System.out.println("| segments flagged | out of the box | aware (source, glossaries) |");
        System.out.println("|---|---|---|");
        for (LanguageCheck check : LanguageCheck.values()) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s |%n",
                    check.checkName(),
                    share(raw.getOrDefault(check, 0), n),
                    share(aware.getOrDefault(check, 0), n));
        }
        System.out.printf(Locale.ROOT, "| any | %s | %s |%n", share(rawAny, n), share(awareAny, n));
        System.out.printf(
                Locale.ROOT,
                "| any but lang.style (off by default) | %s | %s |%n",
                share(rawAnyButStyle, n),
                share(awareAnyButStyle, n));
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Flags (aware, style left out): %d; French typography slips (a letter straight before ? ! ; :) found:"
                        + " %d of %d%n",
                flags.size(),
                slipsFound,
                slips);
        slipsMissed.forEach(s -> System.out.println("  not found: " + s));
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.println();
        System.out.println("| French checker | figure |");
        System.out.println("|---|---|");
        System.out.printf(
                Locale.ROOT, "| loading (first checker in the JVM) | %.0f ms |%n", (nanos[1] - nanos[0]) / 1e6);
        System.out.printf(Locale.ROOT, "| first check after loading | %.0f ms |%n", (nanos[2] - nanos[1]) / 1e6);
        System.out.printf(
                Locale.ROOT,
                "| heap used after GC, before / after loading | %.0f / %.0f MB (+%.0f MB) |%n",
                before / 1e6,
                after / 1e6,
                (after - before) / 1e6);
        System.out.printf(
                Locale.ROOT,
                "| time per segment, warm (aware, all four checks): p50 / p95 / max | %.1f / %.1f / %.1f ms |%n",
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6,
                sorted[sorted.length - 1] / 1e6);
        System.out.printf(
                Locale.ROOT,
                "| mean target length | %.0f characters |%n",
                units.stream().mapToInt(u -> u.target().length()).average().orElse(0));

        Set<String> paired = pairedTwice(units);
        List<Flag> pairedOnce = flags.stream()
                .filter(f -> !paired.contains(units.get(f.unit()).id()))
                .toList();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Units whose French also stands under another English segment, or the other way round (the TMX pairs"
                        + " them wrongly in places): %d; flags on them: %d of %d%n",
                paired.size(),
                flags.size() - pairedOnce.size(),
                flags.size());
        printDrawn("flags", flags, units, paired);
        printDrawn("flags on units paired once", pairedOnce, units, paired);
        Map<String, Integer> perRule = new java.util.TreeMap<>();
        flags.forEach(
                f -> perRule.merge(f.hit().check().checkName() + " " + f.hit().ruleId(), 1, Integer::sum));
        System.out.println();
        System.out.println("| flags per rule (aware, style left out) | count |");
        System.out.println("|---|---|");
        perRule.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %d |%n", e.getKey(), e.getValue()));
        String dump = System.getProperty("tessera.proofing.dump", "");
        if (!dump.isBlank()) {
            List<String> lines = new ArrayList<>();
            for (Flag flag : flags) {
                Unit unit = units.get(flag.unit());
                lines.add(String.join(
                        "\t",
                        unit.id(),
                        flag.hit().check().checkName(),
                        flag.hit().ruleId(),
                        unit.target().substring(flag.hit().start(), flag.hit().end()),
                        String.join("|", flag.hit().match().getSuggestedReplacements()),
                        flag.hit().match().getMessage().replaceAll("\\s+", " "),
                        unit.target().replaceAll("\\s+", " "),
                        unit.source().replaceAll("\\s+", " ")));
            }
            Files.write(Path.of(dump), lines);
        }
        assertThat(flags).isNotEmpty();
    }

    /** Adds the segment to each check that flags it; 1 when any does. */
    private static int count(List<String> checkNames, Map<LanguageCheck, Integer> perCheck) {
        Set<String> checks = new LinkedHashSet<>(checkNames);
        for (LanguageCheck check : LanguageCheck.values()) {
            if (checks.contains(check.checkName())) {
                perCheck.merge(check, 1, Integer::sum);
            }
        }
        return checks.isEmpty() ? 0 : 1;
    }

    /** Draws {@link #SAMPLE} of the flags at random (fixed seed) and prints each with its unit, to be judged. */
    private static void printDrawn(String what, List<Flag> flags, List<Unit> units, Set<String> paired) {
        List<Flag> drawn = new ArrayList<>(flags);
        Collections.shuffle(drawn, new Random(SEED));
        drawn = drawn.subList(0, Math.min(SAMPLE, drawn.size()));
        Map<String, Integer> perCheck = new java.util.TreeMap<>();
        drawn.forEach(f -> perCheck.merge(f.hit().check().checkName(), 1, Integer::sum));
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%d %s drawn at random (seed %d), style left out: %s%n",
                drawn.size(),
                what,
                SEED,
                perCheck);
        int k = 0;
        for (Flag flag : drawn) {
            Unit unit = units.get(flag.unit());
            System.out.printf(
                    Locale.ROOT,
                    "%2d. [%s%s] %s %s \"%s\" — %s%n    target: %s%n    source: %s%n",
                    ++k,
                    unit.id(),
                    paired.contains(unit.id()) ? ", paired twice" : "",
                    flag.hit().check().checkName(),
                    flag.hit().ruleId(),
                    unit.target().substring(flag.hit().start(), flag.hit().end()),
                    flag.hit().match().getMessage(),
                    unit.target(),
                    unit.source());
        }
    }

    /** The units whose target stands under another source too, or whose source has another target too. */
    private static Set<String> pairedTwice(List<Unit> units) {
        Map<String, Set<String>> sourcesOfTarget = new java.util.HashMap<>();
        Map<String, Set<String>> targetsOfSource = new java.util.HashMap<>();
        for (Unit unit : units) {
            sourcesOfTarget
                    .computeIfAbsent(unit.target(), t -> new java.util.HashSet<>())
                    .add(unit.source());
            targetsOfSource
                    .computeIfAbsent(unit.source(), t -> new java.util.HashSet<>())
                    .add(unit.target());
        }
        Set<String> paired = new java.util.HashSet<>();
        for (Unit unit : units) {
            if (sourcesOfTarget.get(unit.target()).size() > 1
                    || targetsOfSource.get(unit.source()).size() > 1) {
                paired.add(unit.id());
            }
        }
        return paired;
    }

    private static String share(int count, int of) {
        return String.format(Locale.ROOT, "%.1f%% (%d)", 100.0 * count / of, count);
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The TMX's units: the English and French segments of each, read with StAX (no DTDs, no external entities). */
    static List<Unit> units(Path tmx) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Unit> units = new ArrayList<>();
        try (InputStream in = Files.newInputStream(tmx)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            String id = null;
            String language = null;
            String source = null;
            String target = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "tu" -> {
                            id = reader.getAttributeValue(null, "tuid");
                            source = null;
                            target = null;
                        }
                        case "tuv" -> language = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        case "seg" -> {
                            String text = reader.getElementText();
                            if (language != null
                                    && language.toLowerCase(Locale.ROOT).startsWith("fr")) {
                                target = text;
                            } else {
                                source = text;
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && reader.getLocalName().equals("tu")
                        && source != null
                        && target != null) {
                    units.add(new Unit(id, source, target));
                }
            }
            reader.close();
        }
        return units;
    }

    /** The French terms of a TICO-19 terminology list (long CSV: sourceString, targetString). */
    private static List<String> frenchTerms(Path csv) throws IOException {
        List<String> terms = new ArrayList<>();
        for (ParsedConcept concept :
                CsvGlossaryReader.read(Files.readString(csv)).concepts()) {
            for (ParsedTerm term : concept.terms()) {
                if (term.locale().toLowerCase(Locale.ROOT).startsWith("fr")) {
                    terms.add(term.text());
                }
            }
        }
        return terms;
    }

    static Path corpora() {
        String property = System.getProperty("tessera.corpora", "");
        Path folder = property.isBlank() ? null : Path.of(property);
        Assumptions.assumeTrue(
                folder != null && Files.isRegularFile(folder.resolve("tmx/tico-19/all.en-fr.tmx")),
                "TICO-19 not found: set -Dtessera.corpora=../shared/corpora");
        return folder;
    }
}
