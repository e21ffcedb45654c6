package dev.tessera.audit;

import dev.tessera.shared.AuditEvent;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores every published {@link AuditEvent}. The listener is synchronous: inside the publisher's read-write
 * transaction the row is written with the action and rolled back with it. Without one, or inside a read-only one
 * (whose writes would never reach the database), it is written in a transaction of its own.
 */
@Component
class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEntryRepository entries, Clock clock, PlatformTransactionManager transactionManager) {
        this.entries = entries;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(AuditEvent event) {
        // Microseconds are what both databases keep: what is read back equals what was written.
        AuditEntry entry = new AuditEntry(event, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.save(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        }
    }
}
