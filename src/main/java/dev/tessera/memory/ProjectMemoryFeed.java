package dev.tessera.memory;

import dev.tessera.memory.MemoryUnit.Origin;
import dev.tessera.memory.MemoryUnit.UnitText;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.security.SystemActor;
import dev.tessera.translation.ConfirmedTranslations;
import dev.tessera.translation.ConfirmedTranslations.ConfirmedSegment;
import dev.tessera.translation.TranslationChanged;
import dev.tessera.translation.TranslationStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds a project's own memory, and the memories linked to it for writing, from its confirmed segments: after a
 * change commits, each named segment that is APPROVED (or TRANSLATED, when the project's memory learns those) is a
 * unit with its document, its neighbours' sources as context, and who confirmed it when; one unit per segment and
 * locale, updated in place, removed when the segment is no longer confirmed. One worker thread takes the changes in
 * the order they committed.
 */
@Component
class ProjectMemoryFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectMemoryFeed.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "memory-feed"));
    private final ConfirmedTranslations confirmed;
    private final DocumentService documents;
    private final ProjectMemories projectMemories;
    private final MemoryUnitRepository units;
    private final MemoryIndexKeeper index;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;

    ProjectMemoryFeed(
            ConfirmedTranslations confirmed,
            DocumentService documents,
            ProjectMemories projectMemories,
            MemoryUnitRepository units,
            MemoryIndexKeeper index,
            ApplicationEventPublisher publisher,
            PlatformTransactionManager transactions) {
        this.confirmed = confirmed;
        this.documents = documents;
        this.projectMemories = projectMemories;
        this.units = units;
        this.index = index;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactions);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TranslationChanged event) {
        worker.execute(() -> {
            try {
                SystemActor.call(() -> transaction.execute(status -> learn(event)));
            } catch (RuntimeException e) {
                log.warn("The project memory could not learn from document {}: {}", event.documentId(), e.toString());
            }
        });
    }

    /** Brings the units of the event's segments up to date; answers how many units changed. */
    int learn(TranslationChanged event) {
        DocumentInfo document = documents.document(event.documentId());
        TranslationMemory own = projectMemories.own(document.project());
        List<Long> memoryIds = new ArrayList<>();
        memoryIds.add(own.id());
        memoryIds.addAll(projectMemories.written(document.project().id()));
        List<ConfirmedSegment> segments = confirmed.of(event.documentId(), event.locale(), event.segmentIds());
        List<Long> segmentIds =
                segments.stream().map(ConfirmedSegment::segmentId).toList();
        List<MatchIndex.IndexedUnit> added = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        int changed = 0;
        for (long memoryId : memoryIds) {
            Map<Long, MemoryUnit> existing = new HashMap<>();
            for (int i = 0; i < segmentIds.size(); i += 1000) {
                units.findByMemoryIdAndTargetLocaleAndSegmentIdIn(
                                memoryId, event.locale(), segmentIds.subList(i, Math.min(segmentIds.size(), i + 1000)))
                        .forEach(u -> existing.put(u.segmentId(), u));
            }
            for (ConfirmedSegment segment : segments) {
                MemoryUnit unit = existing.get(segment.segmentId());
                boolean approved = segment.status() != null && segment.status().isApproved();
                boolean learns = segment.target() != null
                        && !segment.target().isBlank()
                        && (approved || (own.includeTranslated() && segment.status() == TranslationStatus.TRANSLATED));
                if (!learns) {
                    if (unit != null) {
                        units.delete(unit);
                        removed.add(unit.id());
                        changed++;
                    }
                    continue;
                }
                UnitText target = UnitText.of(segment.target(), null);
                if (unit != null && unit.targetHash().equals(target.hash()) && unit.approved() == approved) {
                    continue;
                }
                if (unit == null) {
                    unit = MemoryUnit.learnt(
                            memoryId,
                            event.locale(),
                            UnitText.of(segment.source(), null),
                            new Origin(
                                    segment.segmentId(),
                                    segment.documentId(),
                                    MemoryUnit.contextHash(segment.previousSource(), segment.nextSource())));
                }
                unit.learn(
                        target,
                        approved,
                        segment.updatedBy(),
                        segment.updatedAt(),
                        JSON.writeValueAsString(Map.of("x-document", segment.documentName())));
                boolean isNew = unit.id() == null;
                units.save(unit);
                changed++;
                if (isNew) {
                    added.add(new MatchIndex.IndexedUnit(
                            unit.id(), memoryId, event.locale(), unit.source(), own.sourceLocale()));
                }
            }
        }
        index.added(added);
        index.removed(removed);
        if (changed > 0) {
            publisher.publishEvent(new MemoryChanged(document.project().id(), event.locale()));
        }
        return changed;
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
