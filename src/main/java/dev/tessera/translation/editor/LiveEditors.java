package dev.tessera.translation.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import dev.tessera.shared.ClusterBus;
import dev.tessera.translation.CommentAdded;
import dev.tessera.translation.TranslationChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open editors of each document and locale: they hear of committed changes and of who has which segment
 * open. Deliveries run on a thread of their own, so that a writer never waits for (or locks) a viewer's session.
 */
@Component
class LiveEditors implements DisposableBean {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LiveEditors.class);

    /** Something an open editor should show: segments changed, or someone moved to another segment. */
    sealed interface Update {}

    record Changed(Set<Long> segmentIds) implements Update {
        /** True when the change is too large to name the segments: refresh everything. */
        boolean everything() {
            return segmentIds.isEmpty();
        }
    }

    record Moved(Set<Long> segmentIds) implements Update {}

    /** Someone wrote in the segment's comment thread. */
    record Discussed(long segmentId) implements Update {}

    /** This server is shutting down: what is not saved yet cannot be saved here. */
    record Stopping() implements Update {}

    /** Who has a segment open, seen by the others. */
    record Viewer(String id, String username, Long segmentId) {}

    private record Key(long documentId, String locale) {}

    private record Listener(String viewerId, UI ui, Consumer<Update> consumer) {}

    /** A viewer and the node whose browser session it is in: that node's editors are forgotten when it is gone. */
    private record Present(Viewer viewer, String node) {}

    private final Map<Key, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final Map<Key, Map<String, Present>> viewers = new ConcurrentHashMap<>();
    /** The segment each editor is writing in its current request: its own change need not come back to it. */
    private final Map<String, Long> writing = new ConcurrentHashMap<>();

    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tessera-live-editors");
        thread.setDaemon(true);
        return thread;
    });

    private final ClusterBus cluster;

    LiveEditors(ClusterBus cluster) {
        this.cluster = cluster;
        Gauge.builder("tessera.editors.open", this, LiveEditors::open)
                .description("Editors open in browsers on this node, each receiving the others' changes by push")
                .register(Metrics.globalRegistry);
        cluster.subscribe("translation", this::changedElsewhere);
        cluster.subscribe("presence", this::movedElsewhere);
        cluster.subscribe("comment", this::commentedElsewhere);
        cluster.subscribe("presence-wanted", message -> announceAll());
        cluster.subscribe(ClusterBus.JOINED, node -> announceAll());
        cluster.subscribe(ClusterBus.GONE, this::forget);
        cluster.subscribe(ClusterBus.RESYNC, message -> resync());
    }

    /**
     * After messages may have been missed: every open editor redraws, the others' presence is forgotten and asked
     * for again.
     */
    private void resync() {
        listeners.forEach(
                (key, registered) -> registered.forEach(listener -> send(key, listener, new Changed(Set.of()))));
        viewers.forEach((key, present) -> present.values().stream()
                .filter(p -> !p.node().equals(cluster.node()))
                .toList()
                .forEach(p -> leave(key, p)));
        cluster.publish("presence-wanted", "");
    }

    /** Another node started or came back, or asks: it hears where this node's editors are. */
    private void announceAll() {
        viewers.forEach((key, present) -> present.values().stream()
                .filter(p -> p.node().equals(cluster.node()))
                .forEach(p -> announce(key, p.viewer())));
    }

    /** A node stopped or fell silent: its editors are no longer there. */
    private void forget(String node) {
        viewers.forEach((key, present) -> present.values().stream()
                .filter(p -> p.node().equals(node))
                .toList()
                .forEach(p -> leave(key, p)));
    }

    private void leave(Key key, Present present) {
        show(key, new Viewer(present.viewer().id(), null, null), present.node());
    }

    private double open() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }

    /** Registers an open editor; the returned handle removes it (and its presence) again. */
    Runnable register(long documentId, String locale, String viewerId, UI ui, Consumer<Update> consumer) {
        Key key = new Key(documentId, locale);
        Listener listener = new Listener(viewerId, ui, consumer);
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            listeners.getOrDefault(key, List.of()).remove(listener);
            move(documentId, locale, new Viewer(viewerId, null, null));
        };
    }

    /** The viewer now has this segment open (null: none); the others see it, on every node. */
    void move(long documentId, String locale, Viewer viewer) {
        Key key = new Key(documentId, locale);
        show(key, viewer, cluster.node());
        announce(key, viewer);
    }

    private void announce(Key key, Viewer viewer) {
        cluster.publish(
                "presence",
                key.documentId() + " " + key.locale() + " " + viewer.id() + " "
                        + (viewer.segmentId() == null ? "-" : viewer.segmentId()) + " " + cluster.node() + " "
                        + (viewer.username() == null ? "-" : viewer.username()));
    }

    private void movedElsewhere(String message) {
        String[] parts = message.split(" ", 6);
        Long segmentId = parts[3].equals("-") ? null : Long.valueOf(parts[3]);
        show(
                new Key(Long.parseLong(parts[0]), parts[1]),
                new Viewer(parts[2], parts[5].equals("-") ? null : parts[5], segmentId),
                parts[4]);
    }

    private void show(Key key, Viewer viewer, String node) {
        Map<String, Present> present = viewers.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        Present before = viewer.segmentId() == null
                ? present.remove(viewer.id())
                : present.put(viewer.id(), new Present(viewer, node));
        Set<Long> affected = new HashSet<>();
        if (before != null && before.viewer().segmentId() != null) {
            affected.add(before.viewer().segmentId());
        }
        if (viewer.segmentId() != null) {
            affected.add(viewer.segmentId());
        }
        if (!affected.isEmpty()) {
            deliver(key, viewer.id(), new Moved(affected));
        }
    }

    /** The names of the others (not {@code viewerId}) who have the segment open. */
    List<String> othersOn(long documentId, String locale, long segmentId, String viewerId) {
        return viewers.getOrDefault(new Key(documentId, locale), Map.of()).values().stream()
                .map(Present::viewer)
                .filter(v -> !v.id().equals(viewerId) && v.segmentId() != null && v.segmentId() == segmentId)
                .map(Viewer::username)
                .distinct()
                .sorted()
                .toList();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TranslationChanged event) {
        // Runs in the writer's thread: in the browser, that is the request of the editor that made the change.
        UI origin = UI.getCurrent();
        Key key = new Key(event.documentId(), event.locale());
        for (Listener listener : listeners.getOrDefault(key, List.of())) {
            Set<Long> ids = event.segmentIds();
            Long written = origin != null && listener.ui() == origin ? writing.get(listener.viewerId()) : null;
            if (written != null && !event.everything()) {
                ids = new HashSet<>(ids);
                ids.remove(written);
                if (ids.isEmpty()) {
                    continue;
                }
            }
            send(key, listener, new Changed(ids));
        }
        cluster.publish(
                "translation",
                event.documentId() + " " + event.locale() + " "
                        + (event.everything() ? "*" : ClusterBus.ids(event.segmentIds())));
    }

    private void changedElsewhere(String message) {
        String[] parts = message.split(" ", 3);
        Set<Long> ids = Set.copyOf(ClusterBus.ids(parts[2]));
        deliver(new Key(Long.parseLong(parts[0]), parts[1]), null, new Changed(ids));
    }

    /** Runs the editor's write of the segment; the editor shows its own result, so that change is not sent back. */
    <T> T writing(String viewerId, long segmentId, java.util.function.Supplier<T> write) {
        writing.put(viewerId, segmentId);
        try {
            return write.get();
        } finally {
            writing.remove(viewerId);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void commented(CommentAdded event) {
        deliver(new Key(event.documentId(), event.locale()), null, new Discussed(event.segmentId()));
        cluster.publish("comment", event.documentId() + " " + event.locale() + " " + event.segmentId());
    }

    private void commentedElsewhere(String message) {
        String[] parts = message.split(" ", 3);
        deliver(new Key(Long.parseLong(parts[0]), parts[1]), null, new Discussed(Long.parseLong(parts[2])));
    }

    private void deliver(Key key, String exceptViewer, Update update) {
        for (Listener listener : listeners.getOrDefault(key, List.of())) {
            if (!listener.viewerId().equals(exceptViewer)) {
                send(key, listener, update);
            }
        }
    }

    /** Hands the update over; an editor whose page is gone without saying so is forgotten, with its presence. */
    private void send(Key key, Listener listener, Update update) {
        delivery.execute(() -> {
            try {
                listener.consumer().accept(update);
            } catch (UIDetachedException e) {
                listeners.getOrDefault(key, List.of()).remove(listener);
                move(key.documentId(), key.locale(), new Viewer(listener.viewerId(), null, null));
            }
        });
    }

    /**
     * The server is shutting down (before the web server stops taking requests): every open editor is told, and the
     * pushes get a moment to leave.
     */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        log.info("Shutting down: telling the {} open editors", (int) open());
        listeners.forEach((key, registered) -> registered.forEach(listener -> send(key, listener, new Stopping())));
        try {
            delivery.submit(() -> {}).get(2, TimeUnit.SECONDS);
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Told whom it could.
        }
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
