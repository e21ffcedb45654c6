package dev.tessera.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real English sentences for the translation memory benchmarks, from the corpora folder (system property
 * {@code tessera.corpora}): the Tatoeba en–zh and en–ar pairs and the TICO-19 en–zh TMX, each English sentence once.
 * A few are held apart (never in a memory, asked as queries); the rest are recombined (one to three sentences) and
 * varied (a word replaced, inserted or deleted, a number changed, case changed) into as many distinct units as wanted.
 */
final class MemoryCorpus {

    /** An English sentence and its Chinese translation where the corpus has one. */
    record Sentence(String en, @Nullable String zh) {}

    private static final Pattern TICO_UNIT = Pattern.compile(
            "<tuv xml:lang=\"en\">\\s*<seg>(.*?)</seg></tuv>\\s*<tuv xml:lang=\"zh\"><seg>(.*?)</seg></tuv>",
            Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern CORE = Pattern.compile("^(\\P{L}*)(\\p{L}[\\p{L}'’-]*)(.*)$");

    final List<Sentence> pool;
    final List<Sentence> heldApart;
    final List<String> words;
    final int ticoSentences;
    final int tatoebaSentences;

    private MemoryCorpus(List<Sentence> pool, List<Sentence> heldApart, List<String> words, int tico, int tatoeba) {
        this.pool = pool;
        this.heldApart = heldApart;
        this.words = words;
        this.ticoSentences = tico;
        this.tatoebaSentences = tatoeba;
    }

    /** The corpora folder; skips the test when it is absent, but fails on CI. */
    static Path folder() {
        String property = System.getProperty("tessera.corpora", "");
        Path folder = property.isBlank() ? null : Path.of(property);
        if (folder == null || !Files.isDirectory(folder.resolve("parallel"))) {
            String message = property.isBlank()
                    ? "Parallel corpora not configured: set -Dtessera.corpora=../shared/corpora"
                    : "Parallel corpora not found at " + folder.toAbsolutePath();
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + " (required when CI=true)");
            }
            Assumptions.assumeTrue(false, message);
        }
        return folder;
    }

    /** Every distinct English sentence, shuffled by the seed, the first {@code heldApart} of them set aside. */
    static MemoryCorpus load(Path folder, int heldApart, long seed) {
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        int tatoeba = tatoeba(folder.resolve("parallel/tatoeba-en-zh/cmn.txt"), true, sentences);
        tatoeba += tatoeba(folder.resolve("parallel/tatoeba-en-ar/ara.txt"), false, sentences);
        int tico = 0;
        Matcher unit = TICO_UNIT.matcher(read(folder.resolve("tmx/tico-19/all.en-zh.tmx")));
        while (unit.find()) {
            String en = unescape(unit.group(1)).strip();
            if (!en.isEmpty()
                    && sentences.putIfAbsent(
                                    en, new Sentence(en, unescape(unit.group(2)).strip()))
                            == null) {
                tico++;
            }
        }
        List<Sentence> all = new ArrayList<>(sentences.values());
        Collections.shuffle(all, new Random(seed));
        List<String> words = new ArrayList<>();
        for (Sentence sentence : all) {
            WORD.matcher(sentence.en()).results().forEach(m -> words.add(m.group()));
        }
        return new MemoryCorpus(
                List.copyOf(all.subList(heldApart, all.size())),
                List.copyOf(all.subList(0, heldApart)),
                List.copyOf(words),
                tico,
                tatoeba);
    }

    /**
     * A unit's source (and its Chinese when every part has one): one sentence (8 %), two (72 %) or three (20 %)
     * sentences of the pool in a row, three in ten varied by an edit.
     */
    Sentence unit(Random random, boolean chineseOnly) {
        double kind = random.nextDouble();
        int parts = kind < 0.08 ? 1 : kind < 0.8 ? 2 : 3;
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        boolean hasChinese = true;
        for (int i = 0; i < parts; i++) {
            Sentence part = pool.get(random.nextInt(pool.size()));
            if (chineseOnly && part.zh() == null) {
                i--;
                continue;
            }
            en.append(i == 0 ? "" : " ").append(part.en());
            if (part.zh() == null) {
                hasChinese = false;
            } else {
                zh.append(part.zh());
            }
        }
        String source = random.nextDouble() < 0.3 ? edit(en.toString(), random) : en.toString();
        return new Sentence(source, hasChinese ? zh.toString() : null);
    }

    /** The kinds of edit a query or a varied unit gets. */
    enum Edit {
        REPLACE,
        INSERT,
        DELETE,
        NUMBER,
        CASE
    }

    /** The sentence with one edit of a random kind; never the sentence itself. */
    String edit(String sentence, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String edited = edit(sentence, Edit.values()[random.nextInt(Edit.values().length)], random);
            if (!edited.equals(sentence)) {
                return edited;
            }
        }
        return sentence + " " + words.get(random.nextInt(words.size()));
    }

    String edit(String sentence, Edit edit, Random random) {
        List<String> parts = new ArrayList<>(List.of(sentence.split(" ")));
        int at = random.nextInt(parts.size());
        String word = words.get(random.nextInt(words.size()));
        switch (edit) {
            case REPLACE -> {
                Matcher core = CORE.matcher(parts.get(at));
                parts.set(at, core.matches() ? core.group(1) + word + core.group(3) : word);
            }
            case INSERT -> parts.add(at, word);
            case DELETE -> {
                if (parts.size() > 1) {
                    parts.remove(at);
                }
            }
            case NUMBER -> {
                Matcher number = NUMBER.matcher(sentence);
                if (number.find()) {
                    int value = Integer.parseInt(number.group().length() > 9 ? "1" : number.group());
                    return sentence.substring(0, number.start())
                            + (value + 1 + random.nextInt(50))
                            + sentence.substring(number.end());
                }
                parts.add(at, Integer.toString(2 + random.nextInt(98)));
            }
            case CASE -> {
                if (random.nextInt(4) == 0) {
                    return sentence.toLowerCase(java.util.Locale.ROOT).equals(sentence)
                            ? sentence.toUpperCase(java.util.Locale.ROOT)
                            : sentence.toLowerCase(java.util.Locale.ROOT);
                }
                String part = parts.get(at);
                if (!part.isEmpty()) {
                    String first = part.substring(0, 1);
                    String flipped = first.equals(first.toUpperCase(java.util.Locale.ROOT))
                            ? first.toLowerCase(java.util.Locale.ROOT)
                            : first.toUpperCase(java.util.Locale.ROOT);
                    parts.set(at, flipped + part.substring(1));
                }
            }
        }
        return String.join(" ", parts);
    }

    private static int tatoeba(Path file, boolean chinese, Map<String, Sentence> sentences) {
        int added = 0;
        for (String line : read(file).split("\n")) {
            String[] columns = line.replace("\uFEFF", "").split("\t");
            if (columns.length < 2 || columns[0].isBlank()) {
                continue;
            }
            String en = columns[0].strip();
            Sentence sentence = new Sentence(en, chinese ? columns[1].strip() : null);
            if (sentences.putIfAbsent(en, sentence) == null) {
                added++;
            }
        }
        return added;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** A TMX 1.4 file of the en–zh pairs. */
    static String tmx(List<Sentence> units) {
        StringBuilder tmx = new StringBuilder(units.size() * 200)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"")
                .append(" creationtool=\"bench\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\"")
                .append(" adminlang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (Sentence unit : units) {
            tmx.append("<tu><tuv xml:lang=\"en\"><seg>")
                    .append(escape(unit.en()))
                    .append("</seg></tuv><tuv xml:lang=\"zh-Hans\"><seg>")
                    .append(escape(unit.zh()))
                    .append("</seg></tuv></tu>\n");
        }
        return tmx.append("</body></tmx>\n").toString();
    }

    private static String escape(@Nullable String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
