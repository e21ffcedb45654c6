package dev.tessera.glossary;

import dev.tessera.qa.QaCheck;
import dev.tessera.qa.QaCheckContributor;
import dev.tessera.shared.ClusterBus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The term bases of the projects: one per set of linked glossaries and source language, built from the database
 * when first needed and forgotten when a term of one of its glossaries changes (inside the changing transaction,
 * so that its own rechecks see the new terms, and again when it ends, so that a rollback leaves nothing built
 * from terms that never were).
 */
@Component
public class TermIndex implements QaCheckContributor {

    private record Key(List<Long> glossaryIds, String sourceLocale) {}

    private final JdbcClient jdbc;
    private final Map<Key, TermBase> bases = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private final ClusterBus cluster;

    TermIndex(JdbcClient jdbc, ClusterBus cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        cluster.subscribe("terms", message -> forget(Long.parseLong(message)));
        cluster.subscribe(ClusterBus.RESYNC, message -> {
            generation.incrementAndGet();
            bases.clear();
        });
    }

    /** The term base of the project's linked glossaries (empty when none is linked). */
    public TermBase forProject(long projectId, String sourceLocale) {
        List<Long> glossaryIds = jdbc.sql(
                        "select glossary_id from project_glossary where project_id = ?" + " order by glossary_id")
                .param(projectId)
                .query(Long.class)
                .list();
        return forGlossaries(glossaryIds, sourceLocale);
    }

    /** The project ids that link the glossary. */
    public List<Long> projectsLinking(long glossaryId) {
        return jdbc.sql("select project_id from project_glossary where glossary_id = ? order by project_id")
                .param(glossaryId)
                .query(Long.class)
                .list();
    }

    TermBase forGlossaries(List<Long> glossaryIds, String sourceLocale) {
        if (glossaryIds.isEmpty()) {
            return TermBase.empty(sourceLocale);
        }
        Key key = new Key(List.copyOf(glossaryIds), sourceLocale);
        TermBase known = bases.get(key);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        TermBase built = new TermBase(sourceLocale, load(glossaryIds));
        if (generation.get() == before) {
            bases.put(key, built);
        }
        return built;
    }

    private List<GlossaryTerm> load(List<Long> glossaryIds) {
        return jdbc.sql("select c.id, t.locale, t.text, t.status, t.case_sensitive, t.part_of_speech,"
                        + " c.do_not_translate, c.first_use from term t join concept c on c.id = t.concept_id"
                        + " where c.glossary_id in (:ids) order by c.glossary_id, c.id, t.id")
                .param("ids", glossaryIds)
                .query((rs, n) -> new GlossaryTerm(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        TermStatus.valueOf(rs.getString(4)),
                        rs.getBoolean(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getString(8) == null ? null : FirstUse.valueOf(rs.getString(8))))
                .list();
    }

    @EventListener
    void termsChanged(TermChanged event) {
        forget(event.glossaryId());
        cluster.publish("terms", Long.toString(event.glossaryId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void termsChangedAndDone(TermChanged event) {
        forget(event.glossaryId());
    }

    private void forget(long glossaryId) {
        generation.incrementAndGet();
        bases.keySet().removeIf(key -> key.glossaryIds().contains(glossaryId));
    }

    @Override
    public List<QaCheck> checks() {
        List<QaCheck> checks = new ArrayList<>(GlossaryChecks.names());
        checks.addAll(DocumentTermChecks.over(TermBase.empty("en")));
        return checks;
    }
}
