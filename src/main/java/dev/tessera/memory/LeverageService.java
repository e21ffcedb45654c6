package dev.tessera.memory;

import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.translation.ConfirmedTranslations;
import dev.tessera.translation.ConfirmedTranslations.ConfirmedSegment;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationService.Prefill;
import dev.tessera.translation.TranslationStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the memories already hold of a document: the analysis (segments and source words by how well they match) and
 * the pre-translation of its untranslated segments from their best matches.
 */
@Service
public class LeverageService {

    /** The analysis buckets, in the order people read them. */
    public static final List<String> BUCKETS =
            List.of("CONTEXT", "EXACT", "95-99", "85-94", "75-84", "50-74", "NEW", "REPETITION");

    private final MatchService matches;
    private final DocumentService documents;
    private final TranslationService translations;
    private final ConfirmedTranslations confirmed;
    private final CurrentUser currentUser;

    LeverageService(
            MatchService matches,
            DocumentService documents,
            TranslationService translations,
            ConfirmedTranslations confirmed,
            CurrentUser currentUser) {
        this.matches = matches;
        this.documents = documents;
        this.translations = translations;
        this.confirmed = confirmed;
        this.currentUser = currentUser;
    }

    /** Segments and source words in one bucket. */
    public record Bucket(int segments, int words) {

        Bucket plus(int words) {
            return new Bucket(segments + 1, this.words + words);
        }
    }

    public record Analysis(Map<String, Bucket> buckets) {}

    /** What a pre-translation did: the segments filled, by the kind of match that filled them. */
    public record Filled(int filled, Map<MatchKind, Integer> byKind) {}

    /**
     * Every segment in one bucket: CONTEXT (101), EXACT (100) and the fuzzy bands by its best match's score; a segment
     * without a match of 75 or more is a REPETITION when its source stood earlier in the document.
     */
    @Transactional(readOnly = true)
    public Analysis analysis(long documentId, @Nullable String locale) {
        DocumentInfo document = documents.document(documentId);
        String target = TranslationService.targetLocale(document, requireLocale(locale));
        List<MatchService.Lookup> lookups = matches.lookups(documentId);
        Map<Long, List<Match>> best = matches.matches(documentId, target, lookups, 1, 50);
        Map<Long, Integer> words = documents.sourceWords(documentId);
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        BUCKETS.forEach(name -> buckets.put(name, new Bucket(0, 0)));
        Set<String> seen = new HashSet<>();
        for (MatchService.Lookup lookup : lookups) {
            List<Match> found = best.getOrDefault(lookup.segmentId(), List.of());
            String bucket = bucket(found.isEmpty() ? -1 : found.getFirst().score(), !seen.add(lookup.source()));
            buckets.computeIfPresent(bucket, (k, b) -> b.plus(words.getOrDefault(lookup.segmentId(), 0)));
        }
        return new Analysis(buckets);
    }

    static String bucket(int score, boolean repeated) {
        if (score >= 101) {
            return "CONTEXT";
        }
        if (score == 100) {
            return "EXACT";
        }
        if (score >= 95) {
            return "95-99";
        }
        if (score >= 85) {
            return "85-94";
        }
        if (score >= 75) {
            return "75-84";
        }
        if (repeated) {
            return "REPETITION";
        }
        return score >= 50 ? "50-74" : "NEW";
    }

    /**
     * Fills the untranslated segments whose best match reaches the minimum (CONTEXT, EXACT or a percentage from 70 to
     * 99) with the match's target, numbers fixed up. As TRANSLATED only where asked and the match is CONTEXT or EXACT;
     * a fuzzy match always comes in as DRAFT, for a translator to finish. Never APPROVED. Each fill's history names
     * the memory and the score; QA runs as for any write.
     */
    @Transactional
    public Filled pretranslate(
            long documentId, @Nullable String locale, @Nullable Object minimum, @Nullable String status) {
        currentUser.require(Role.MANAGER);
        DocumentInfo document = documents.document(documentId);
        String target = TranslationService.targetLocale(document, requireLocale(locale));
        int threshold = threshold(minimum);
        TranslationStatus wanted = status(status);
        List<MatchService.Lookup> untranslated = new ArrayList<>();
        for (ConfirmedSegment segment : confirmed.of(documentId, target, List.of())) {
            if (segment.target() == null || segment.target().isBlank()) {
                untranslated.add(new MatchService.Lookup(
                        segment.segmentId(), segment.source(), segment.previousSource(), segment.nextSource()));
            }
        }
        Map<Long, List<Match>> best = matches.matches(documentId, target, untranslated, 1, Math.min(threshold, 100));
        List<Prefill> fills = new ArrayList<>();
        Map<Long, MatchKind> kinds = new LinkedHashMap<>();
        best.forEach((segmentId, found) -> {
            Match match = found.getFirst();
            if (match.score() < threshold) {
                return;
            }
            boolean full = match.kind() != MatchKind.FUZZY && match.score() >= 100;
            TranslationStatus written = wanted == TranslationStatus.TRANSLATED && full
                    ? TranslationStatus.TRANSLATED
                    : TranslationStatus.DRAFT;
            fills.add(new Prefill(
                    segmentId,
                    match.insert(),
                    written,
                    "Pre-translated from memory \"" + match.memory().name() + "\", " + match.score() + "%."));
            kinds.put(segmentId, match.kind());
        });
        List<Long> filled = translations.prefill(documentId, target, fills);
        Map<MatchKind, Integer> byKind = new EnumMap<>(MatchKind.class);
        filled.forEach(id -> byKind.merge(kinds.get(id), 1, Integer::sum));
        return new Filled(filled.size(), counts(byKind));
    }

    private static Map<MatchKind, Integer> counts(Map<MatchKind, Integer> byKind) {
        Map<MatchKind, Integer> all = new EnumMap<>(MatchKind.class);
        for (MatchKind kind : MatchKind.values()) {
            all.put(kind, byKind.getOrDefault(kind, 0));
        }
        return all;
    }

    /** CONTEXT is 101, EXACT 100, a number from 70 to 99 itself. */
    static int threshold(@Nullable Object minimum) {
        if (minimum instanceof Number number && number.doubleValue() == number.intValue()) {
            return percentage(number.intValue());
        }
        if (minimum instanceof String text) {
            String cleaned = text.strip().toUpperCase(Locale.ROOT);
            if (cleaned.equals("CONTEXT")) {
                return 101;
            }
            if (cleaned.equals("EXACT")) {
                return 100;
            }
            if (cleaned.matches("[0-9]{1,3}")) {
                return percentage(Integer.parseInt(cleaned));
            }
        }
        throw ApiException.validation("\"minimum\" must be CONTEXT, EXACT or a percentage from 70 to 99.")
                .text("memory.minimum-invalid");
    }

    private static int percentage(int value) {
        if (value < 70 || value > 99) {
            throw ApiException.validation("\"minimum\" must be CONTEXT, EXACT or a percentage from 70 to 99.")
                    .text("memory.minimum-invalid");
        }
        return value;
    }

    private static TranslationStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return TranslationStatus.DRAFT;
        }
        return switch (status.strip().toUpperCase(Locale.ROOT)) {
            case "DRAFT" -> TranslationStatus.DRAFT;
            case "TRANSLATED" -> TranslationStatus.TRANSLATED;
            default ->
                throw ApiException.validation(
                                "\"status\" must be DRAFT or TRANSLATED; pre-translation never" + " approves.")
                        .text("memory.pretranslation-status-invalid");
        };
    }

    private static String requireLocale(@Nullable String locale) {
        if (locale == null || locale.isBlank()) {
            throw ApiException.validation("\"locale\" is required: the target locale.")
                    .text("memory.pretranslation-locale-missing");
        }
        return locale;
    }
}
