package dev.tessera.memory;

import dev.tessera.memory.MatchIndex.IndexedUnit;
import dev.tessera.shared.ClusterBus;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the match index (under the data folder) in step with the memory units in the database: changes reach it
 * after their transaction commits, and at start-up an index that holds other units than the database (missing,
 * left behind by a crash, or from another database) is rebuilt in the background. Exact and context matches do not
 * wait for it: they are looked up by hash in the database.
 */
@Component
class MemoryIndexKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MemoryIndexKeeper.class);

    private final MatchIndex index;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    private final ClusterBus cluster;

    MemoryIndexKeeper(
            @Value("${tessera.data-dir}") Path dataDir,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ClusterBus cluster) {
        this.index = new MatchIndex(dataDir.resolve("memory-index"));
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cluster = cluster;
        // Each node keeps an index of its own: what another node's transactions changed is applied here too; too
        // many units to name ("*") are found by comparing with the database.
        cluster.subscribe("memory-add", message -> {
            List<Long> ids = ClusterBus.ids(message);
            if (ids.isEmpty()) {
                checkAtStart();
            } else {
                index.add(units(ids));
            }
        });
        cluster.subscribe("memory-remove", message -> {
            List<Long> ids = ClusterBus.ids(message);
            if (ids.isEmpty()) {
                checkAtStart();
            } else {
                index.remove(ids);
            }
        });
        cluster.subscribe("memory-drop", message -> index.removeMemory(Long.parseLong(message)));
        cluster.subscribe(ClusterBus.RESYNC, message -> checkAtStart());
    }

    /** The units with these ids as the database has them now (gone ones left out). */
    private List<IndexedUnit> units(List<Long> ids) {
        return readOnly.execute(status -> jdbc.sql("select u.id, u.memory_id, u.target_locale, u.source,"
                        + " m.source_locale from memory_unit u join translation_memory m on m.id = u.memory_id"
                        + " where u.id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new IndexedUnit(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list());
    }

    MatchIndex index() {
        return index;
    }

    /** The units join the index once the current transaction commits (at once without one). */
    void added(Collection<IndexedUnit> units) {
        if (!units.isEmpty()) {
            afterCommit(() -> index.add(List.copyOf(units)));
            cluster.publish(
                    "memory-add",
                    ClusterBus.ids(units.stream().map(IndexedUnit::id).toList()));
        }
    }

    void removed(Collection<Long> unitIds) {
        if (!unitIds.isEmpty()) {
            afterCommit(() -> index.remove(List.copyOf(unitIds)));
            cluster.publish("memory-remove", ClusterBus.ids(unitIds));
        }
    }

    void memoryRemoved(long memoryId) {
        afterCommit(() -> index.removeMemory(memoryId));
        cluster.publish("memory-drop", Long.toString(memoryId));
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        Thread.ofVirtual().name("memory-index-check").start(this::rebuildIfStale);
    }

    /** Rebuilds the index from the database when it holds other units; answers whether it did. */
    boolean rebuildIfStale() {
        long[] stored = readOnly.execute(status -> jdbc.sql("select count(*), coalesce(sum(id), 0) from memory_unit")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single());
        long[] indexed = index.countAndIdSum();
        if (stored[0] == indexed[0] && stored[1] == indexed[1]) {
            return false;
        }
        rebuild();
        return true;
    }

    void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            readOnly.executeWithoutResult(status -> {
                try (var units = jdbc
                        .sql("select u.id, u.memory_id, u.target_locale, u.source, m.source_locale"
                                + " from memory_unit u join translation_memory m on m.id = u.memory_id")
                        .withFetchSize(1000)
                        .query((rs, n) -> new IndexedUnit(
                                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                        .stream()) {
                    index.rebuild(units.iterator());
                }
            });
            log.info(
                    "Rebuilt the translation memory index from the database in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            rebuilding.set(false);
        }
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
