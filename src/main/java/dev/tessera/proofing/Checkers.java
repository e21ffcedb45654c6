package dev.tessera.proofing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * LanguageTool's checkers, pooled per language. A checker takes seconds and about a hundred megabytes to load and is
 * not thread-safe, so each is lent to one thread at a time and kept for the next; at most {@code size} per language.
 * One pool serves the whole JVM (the language data LanguageTool loads is static anyway), so that tests with several
 * application contexts load each language once.
 */
final class Checkers {

    private static final Checkers SHARED = new Checkers(2);

    private final int size;
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    Checkers(int size) {
        this.size = size;
    }

    static Checkers shared() {
        return SHARED;
    }

    /**
     * LanguageTool's language for a BCP 47 locale: the tag itself ({@code fr-CA}), else its language ({@code fr}),
     * with the variant LanguageTool spells by when the language has one ({@code en} is checked as {@code en-US}).
     */
    static Optional<Language> language(String locale) {
        for (String code : new String[] {locale, locale.split("-")[0]}) {
            if (Languages.isLanguageSupported(code)) {
                Language language = Languages.getLanguageForShortCode(code);
                Language variant = language.getDefaultLanguageVariant();
                return Optional.of(variant != null && code.indexOf('-') < 0 ? variant : language);
            }
        }
        return Optional.empty();
    }

    static boolean supports(String locale) {
        return language(locale).isPresent();
    }

    /** Runs {@code work} with a checker of the locale's language, waiting for one when all are lent. */
    <T> T with(String locale, Function<JLanguageTool, T> work) {
        Language language = language(locale)
                .orElseThrow(() -> new IllegalArgumentException("LanguageTool does not check " + locale + "."));
        Pool pool = pools.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> new Pool(language));
        JLanguageTool checker = pool.borrow();
        try {
            return work.apply(checker);
        } finally {
            pool.giveBack(checker);
        }
    }

    /** Loads a checker of the locale's language and runs it once, so that the first real check is fast. */
    void warm(String locale) {
        with(locale, checker -> {
            try {
                return checker.check("Warm.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private final class Pool {

        private final Language language;
        private final LinkedBlockingDeque<JLanguageTool> idle = new LinkedBlockingDeque<>();
        private final Semaphore lendable = new Semaphore(size);

        Pool(Language language) {
            this.language = language;
        }

        JLanguageTool borrow() {
            lendable.acquireUninterruptibly();
            JLanguageTool checker = idle.pollFirst();
            return checker != null ? checker : create();
        }

        void giveBack(JLanguageTool checker) {
            idle.addFirst(checker);
            lendable.release();
        }

        private JLanguageTool create() {
            try {
                return new JLanguageTool(language);
            } catch (RuntimeException e) {
                lendable.release();
                throw e;
            }
        }
    }
}
