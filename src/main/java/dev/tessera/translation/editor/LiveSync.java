package dev.tessera.translation.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One open editor's part in live editing: it tells the others which segment it has open, hears (over push) what
 * they save and where they move, and draws only the rows concerned. When someone saves the segment this person is
 * typing in, they are told once instead of losing their text.
 */
final class LiveSync {

    private final LiveEditors live;
    private final TranslationService translations;
    private final long documentId;
    private final String locale;
    private final String username;
    private final EditorSession session;
    private final TargetEditor editor;
    private final DocumentScreen screen;
    private @Nullable ActiveSegment active;
    private final String viewerId = UUID.randomUUID().toString();
    private @Nullable Runnable registration;

    LiveSync(EditorContext context, EditorSession session, TargetEditor editor, DocumentScreen screen) {
        this.live = context.services().liveEditors();
        this.translations = context.translations();
        this.documentId = context.documentId();
        this.locale = context.locale();
        this.username = Objects.requireNonNullElse(context.username(), "?");
        this.session = session;
        this.editor = editor;
        this.screen = screen;
    }

    /**
     * Starts hearing the others; updates run in the UI with the viewer's own security context and are drawn on the
     * active segment or on the whole document.
     */
    void start(UI ui, ActiveSegment active) {
        stop();
        this.active = active;
        SecurityContext viewer = SecurityContextHolder.getContext();
        registration = live.register(
                documentId,
                locale,
                viewerId,
                ui,
                update -> ui.access(() -> {
                    SecurityContext previous = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(viewer);
                    try {
                        show(update);
                    } finally {
                        SecurityContextHolder.setContext(previous);
                    }
                }));
    }

    void stop() {
        if (registration != null) {
            registration.run();
            registration = null;
        }
    }

    /** This person now has the segment open. */
    void moveTo(long segmentId) {
        live.move(documentId, locale, new LiveEditors.Viewer(viewerId, username, segmentId));
    }

    /** The others who have the segment open. */
    List<String> othersOn(long segmentId) {
        return live.othersOn(documentId, locale, segmentId, viewerId);
    }

    /** Runs this editor's own write of a segment, whose result it shows itself. */
    <T> T writing(long segmentId, Supplier<T> write) {
        return live.writing(viewerId, segmentId, write);
    }

    private void show(LiveEditors.Update update) {
        if (update instanceof LiveEditors.Stopping) {
            Notification.show(I18NProvider.translate("segment.live.stopping"), 0, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        if (update instanceof LiveEditors.Discussed discussed) {
            if (session.isActive(discussed.segmentId())) {
                active.refreshPanel();
            }
            return;
        }
        if (update instanceof LiveEditors.Changed changed && changed.everything()) {
            screen.redrawEverything();
            return;
        }
        boolean changed = update instanceof LiveEditors.Changed;
        Set<Long> ids =
                changed ? ((LiveEditors.Changed) update).segmentIds() : ((LiveEditors.Moved) update).segmentIds();
        for (SegmentRow row : translations.segments(documentId, locale, ids)) {
            if (session.isActive(row.id())) {
                showActive(row, changed);
            } else {
                active.redrawRow(row);
            }
        }
        if (changed) {
            screen.updateProgress();
        }
    }

    /** The active segment changed elsewhere: shown at once, unless the viewer is typing in it. */
    private void showActive(SegmentRow row, boolean changed) {
        editor.showOthers(othersOn(row.id()));
        if (!changed) {
            return;
        }
        if (session.sameVersion(row)) {
            active.findingsChanged(row);
        } else if (session.differs(row)) {
            editor.withFocus(focused -> takeIn(row, focused));
        }
    }

    private void takeIn(SegmentRow row, boolean focused) {
        SegmentRow shown = session.active();
        if (shown == null || shown.id() != row.id()) {
            return;
        }
        if (session.isDirty()) {
            if (session.shouldWarn(row.version())) {
                String warning = row.updatedBy() == null
                        ? I18NProvider.translate("segment.live.changed-by-someone")
                        : I18NProvider.translate("segment.live.changed-by", row.updatedBy());
                Notification.show(warning, 5000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            return;
        }
        boolean rejectedNow =
                row.status() == TranslationStatus.REJECTED && shown.status() != TranslationStatus.REJECTED;
        active.takeIn(row, focused, rejectedNow);
    }
}
