package dev.tessera.memory.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import dev.tessera.memory.MatchService;
import dev.tessera.memory.MemoryChanged;
import dev.tessera.shared.ClusterBus;
import dev.tessera.translation.editor.EditorExtension;
import dev.tessera.translation.editor.EditorTab;
import dev.tessera.translation.editor.EditorTabContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adds the Matches tab to every editor and keeps the open ones current: when a project's memory changes in a locale,
 * each open Matches tab of that project and locale looks for its segment's matches again, pushed to its browser.
 */
@Component
@Order(1)
class MatchesExtension implements EditorExtension, DisposableBean {

    private record Key(long projectId, String locale) {}

    private record Listener(UI ui, SecurityContext viewer, Runnable refresh) {}

    private final MatchService matches;
    private final Map<Key, List<Listener>> listeners = new ConcurrentHashMap<>();
    // The feed's worker publishes the change: a viewer's session lock must never hold it up.
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tessera-memory-editors");
        thread.setDaemon(true);
        return thread;
    });

    private final ClusterBus cluster;

    MatchesExtension(MatchService matches, ClusterBus cluster) {
        this.matches = matches;
        this.cluster = cluster;
        cluster.subscribe("memory-changed", message -> {
            String[] parts = message.split(" ", 2);
            refresh(Long.parseLong(parts[0]), parts[1].equals("*") ? null : parts[1]);
        });
    }

    @Override
    public EditorTab open(EditorTabContext context) {
        return new MatchesTab(context, matches, this);
    }

    /**
     * Runs {@code refresh} in the UI, as the person signed in there, whenever the project's memory changes in the
     * locale; the returned handle stops it.
     */
    Runnable register(long projectId, String locale, UI ui, Runnable refresh) {
        Key key = new Key(projectId, locale);
        Listener listener = new Listener(ui, SecurityContextHolder.getContext(), refresh);
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(key, List.of()).remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(MemoryChanged event) {
        refresh(event.projectId(), event.locale());
        cluster.publish("memory-changed", event.projectId() + " " + (event.locale() == null ? "*" : event.locale()));
    }

    /** Looks for the matches again in the open editors of the project and locale (null: any locale). */
    private void refresh(long projectId, @Nullable String locale) {
        listeners.forEach((key, registered) -> {
            if (key.projectId() == projectId && (locale == null || key.locale().equals(locale))) {
                for (Listener listener : registered) {
                    delivery.execute(() -> {
                        try {
                            listener.ui().access(() -> asViewer(listener));
                        } catch (UIDetachedException e) {
                            registered.remove(listener);
                        }
                    });
                }
            }
        });
    }

    private static void asViewer(Listener listener) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(listener.viewer());
        try {
            listener.refresh().run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
