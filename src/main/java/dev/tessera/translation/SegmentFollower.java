package dev.tessera.translation;

import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.SegmentInfo;
import dev.tessera.project.SegmentsReshaped;
import dev.tessera.security.CurrentUser;
import dev.tessera.shared.ClusterBus;
import dev.tessera.shared.Locales;
import dev.tessera.translation.quality.QualityService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on segments follows a join or a split, in its transaction. A join joins each locale's two targets with
 * the locale's separator (UNTRANSLATED when both parts were, DRAFT when either was untranslated, a draft or
 * rejected, TRANSLATED otherwise: never approved, someone has to read it again) and moves the second segment's
 * history, comments and quality issues to the joined one. A split leaves the target on the first part as a DRAFT
 * and the second part untranslated. Waivers go (they covered the old text); findings are made again.
 */
@Component
class SegmentFollower {

    private static final List<String> MOVED = List.of("translation_event", "translation_comment", "quality_issue");
    private static final String TOPIC = "segments";

    private final TranslationRepository translations;
    private final TranslationEventRepository events;
    private final DocumentService documents;
    private final QualityService quality;
    private final RepeatedSources repeatedSources;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final ClusterBus cluster;

    SegmentFollower(
            TranslationRepository translations,
            TranslationEventRepository events,
            DocumentService documents,
            QualityService quality,
            RepeatedSources repeatedSources,
            CurrentUser currentUser,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher publisher,
            ClusterBus cluster) {
        this.translations = translations;
        this.events = events;
        this.documents = documents;
        this.quality = quality;
        this.repeatedSources = repeatedSources;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publisher = publisher;
        this.cluster = cluster;
        cluster.subscribe(TOPIC, message -> forget(Long.parseLong(message)));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void reshaped(SegmentsReshaped event) {
        ProjectInfo project = event.project();
        String actor = currentUser.username().orElseThrow();
        Instant now = clock.instant();
        List<Long> documentIds = documents.documentIds(project.id());
        for (String locale : project.targetLocales()) {
            Optional<Translation> first = translations.findBySegmentIdAndLocale(event.first(), locale);
            TranslationState before = first.map(Translation::state).orElse(TranslationState.UNTRANSLATED);
            TranslationState after =
                    event.kind() == SegmentsReshaped.Kind.JOINED ? joined(event, locale, before) : split(before);
            jdbc.sql("delete from qa_finding where segment_id in (?, ?) and locale = ?")
                    .params(event.first(), event.second(), locale)
                    .update();
            jdbc.sql("delete from qa_waiver where segment_id in (?, ?) and locale = ?")
                    .params(event.first(), event.second(), locale)
                    .update();
            if (!Objects.equals(after.target(), before.target()) || after.status() != before.status()) {
                if (first.isPresent()) {
                    translations.updateIfVersion(
                            first.get().id(), before.version(), after.target(), after.status(), actor, now);
                } else {
                    translations.saveAndFlush(new Translation(
                            event.documentId(), event.first(), locale, after.target(), after.status(), actor, now));
                }
                events.save(new TranslationEvent(
                        event.first(),
                        locale,
                        actor,
                        now,
                        before,
                        new TranslationState(after.target(), after.status(), before.version() + 1),
                        event.kind() == SegmentsReshaped.Kind.JOINED ? "joined with the next segment" : "split"));
            }
        }
        forget(event.documentId());
        cluster.publish(TOPIC, Long.toString(event.documentId()));
        SegmentInfo reshaped = documents.segment(event.documentId(), event.first());
        for (String locale : project.targetLocales()) {
            quality.recheck(project, documentIds, locale, event.first(), reshaped.source(), false);
            publisher.publishEvent(new TranslationChanged(event.documentId(), locale, Set.of()));
        }
    }

    /** The joined translation: the second part's work moved onto the first, its translation gone. */
    private TranslationState joined(SegmentsReshaped event, String locale, TranslationState first) {
        Optional<Translation> secondRow = translations.findBySegmentIdAndLocale(event.second(), locale);
        TranslationState second = secondRow.map(Translation::state).orElse(TranslationState.UNTRANSLATED);
        for (String table : MOVED) {
            jdbc.sql("update " + table + " set segment_id = ? where segment_id = ? and locale = ?")
                    .params(event.first(), event.second(), locale)
                    .update();
        }
        secondRow.ifPresent(row -> {
            translations.delete(row);
            translations.flush();
        });
        boolean firstBlank = first.target() == null || first.target().isBlank();
        boolean secondBlank = second.target() == null || second.target().isBlank();
        if (firstBlank && secondBlank) {
            return first;
        }
        String target = firstBlank
                ? second.target()
                : secondBlank ? first.target() : first.target() + Locales.sentenceSeparator(locale) + second.target();
        boolean handedIn = !firstBlank && !secondBlank && handedIn(first.status()) && handedIn(second.status());
        return new TranslationState(target, handedIn ? TranslationStatus.TRANSLATED : TranslationStatus.DRAFT, 0);
    }

    private static boolean handedIn(TranslationStatus status) {
        return status == TranslationStatus.TRANSLATED || status.isApproved();
    }

    private static TranslationState split(TranslationState first) {
        if (first.target() == null || first.target().isBlank()) {
            return first;
        }
        return new TranslationState(first.target(), TranslationStatus.DRAFT, 0);
    }

    private void forget(long documentId) {
        repeatedSources.forget(documentId);
        quality.sourcesChanged(documentId);
    }
}
