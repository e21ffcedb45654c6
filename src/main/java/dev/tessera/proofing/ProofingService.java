package dev.tessera.proofing;

import dev.tessera.glossary.TermIndex;
import dev.tessera.qa.Proofreader;
import dev.tessera.qa.QaCheck;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The language checks as stored QA runs them: LanguageTool through {@link Proofreading}, told the project's
 * glossary terms of the target locale and its dictionary. Switched off with {@code tessera.proofing.enabled=false}
 * (then no locale is covered and the checks list as not available).
 */
@Service
class ProofingService implements Proofreader {

    private final boolean enabled;
    private final Proofreading proofreading = new Proofreading(Checkers.shared());
    private final TermIndex terms;
    private final DictionaryWords dictionary;

    ProofingService(
            @Value("${tessera.proofing.enabled:true}") boolean enabled, TermIndex terms, DictionaryWords dictionary) {
        this.enabled = enabled;
        this.terms = terms;
        this.dictionary = dictionary;
    }

    @Override
    public List<QaCheck> checks() {
        return Arrays.stream(LanguageCheck.values()).map(LanguageCheck::check).toList();
    }

    @Override
    public boolean available() {
        return enabled;
    }

    @Override
    public boolean covers(String locale) {
        return enabled && Checkers.supports(locale);
    }

    @Override
    public List<Mark> proofread(Request request) {
        if (!covers(request.targetLocale())) {
            return List.of();
        }
        Set<LanguageCheck> checks = EnumSet.noneOf(LanguageCheck.class);
        for (LanguageCheck check : LanguageCheck.values()) {
            if (request.checks().contains(check.checkName())) {
                checks.add(check);
            }
        }
        return proofreading.proofread(
                request.source(),
                request.target(),
                request.targetLocale(),
                terms.forProject(request.projectId(), request.sourceLocale()).vouchedTerms(request.targetLocale()),
                dictionary.words(request.projectId(), request.targetLocale()),
                checks);
    }

    /** Loads the locale's checker now, so that the first check after start-up is fast. */
    void warm(String locale) {
        if (covers(locale)) {
            Checkers.shared().warm(locale);
        }
    }
}
