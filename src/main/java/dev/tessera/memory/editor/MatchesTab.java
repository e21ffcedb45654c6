package dev.tessera.memory.editor;

import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import dev.tessera.memory.Match;
import dev.tessera.memory.MatchKind;
import dev.tessera.memory.MatchScoring;
import dev.tessera.memory.MatchService;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.editor.EditorTab;
import dev.tessera.translation.editor.EditorTabContext;
import dev.tessera.translation.editor.MarkedText;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Matches tab: the best memory matches of the active segment, each with its score and kind, the memory's source
 * with what differs from the segment's source marked, the target, where it comes from and every penalty taken. A
 * click or Ctrl+number puts a match's target (numbers fixed up) in the editor.
 */
final class MatchesTab implements EditorTab {

    static final int SHOWN = 5;
    static final int THRESHOLD = 50;
    /** A match this good comes to the front, unless the segment has open QA findings. */
    static final int FRONT = 75;

    private static final Logger log = LoggerFactory.getLogger(MatchesTab.class);

    private final EditorTabContext context;
    private final MatchService service;
    private final MatchesExtension live;
    private final Div content = new Div();
    private List<Match> matches = List.of();
    private @Nullable SegmentRow segment;
    private @Nullable Runnable registration;

    MatchesTab(EditorTabContext context, MatchService service, MatchesExtension live) {
        this.context = context;
        this.service = service;
        this.live = live;
        content.setId("tm-matches");
        content.addClassName("tm-matches");
    }

    @Override
    public String label() {
        return I18NProvider.translate("memory.matches-tab.label");
    }

    @Override
    public Component content() {
        return content;
    }

    @Override
    public void show(SegmentRow segment) {
        this.segment = segment;
        load(0);
    }

    /** The memory changed: the active segment's matches again; a first good one comes to the front. */
    private void refresh() {
        if (segment != null) {
            load(best());
        }
    }

    private void load(int bestBefore) {
        SegmentRow shown = segment;
        try {
            matches = service.matches(context.documentId(), shown.id(), context.locale(), SHOWN, THRESHOLD);
        } catch (RuntimeException e) {
            // The memory is a help: when it fails, the editor goes on without its matches.
            log.warn("No matches for segment {}: {}", shown.id(), e.toString());
            matches = List.of();
        }
        draw(shown);
        if (best() >= FRONT && bestBefore < FRONT && !context.hasOpenFindings().getAsBoolean()) {
            context.bringToFront().run();
        }
    }

    private int best() {
        return matches.isEmpty() ? 0 : matches.getFirst().score();
    }

    @Override
    public boolean insert(int index) {
        if (index < 0 || index >= matches.size()) {
            return false;
        }
        Match match = matches.get(index);
        if (!context.replaceTarget().test(match.insert())) {
            Notification.show(
                            I18NProvider.translate("memory.matches-tab.read-only"),
                            3000,
                            Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } else if (!match.numberFixes().isEmpty()) {
            Notification.show(
                    I18NProvider.translate(
                            "memory.matches-tab.numbers-replaced",
                            match.numberFixes().stream()
                                    .map(f -> f.from() + " → " + f.to())
                                    .collect(Collectors.joining(", "))),
                    5000,
                    Notification.Position.BOTTOM_END);
        }
        return true;
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(new Shortcut("Ctrl+1 … Ctrl+5", I18NProvider.translate("memory.matches-tab.shortcut")));
    }

    @Override
    public void attached(UI ui) {
        detached();
        registration = live.register(context.projectId(), context.locale(), ui, this::refresh);
    }

    @Override
    public void detached() {
        if (registration != null) {
            registration.run();
            registration = null;
        }
    }

    private void draw(SegmentRow shown) {
        content.removeAll();
        content.getElement().setAttribute("data-segment", String.valueOf(shown.id()));
        if (matches.isEmpty()) {
            Span none = new Span(I18NProvider.translate("memory.matches-tab.none", THRESHOLD, shown.position()));
            none.addClassName("tm-none");
            content.add(none);
        }
        for (int i = 0; i < matches.size(); i++) {
            content.add(entry(matches.get(i), i));
        }
    }

    private Div entry(Match match, int index) {
        Span score = new Span(I18NProvider.translate("memory.matches-tab.score", match.score()));
        score.addClassName("tm-score");
        Span kind = new Span(label(match.kind()));
        kind.addClassName("tm-kind");
        Span key = meta("Ctrl+" + (index + 1));
        key.addClassName("tm-key");
        Div head = new Div(score, kind, key, meta(origin(match)));
        head.addClassName("tm-head");
        Div source = MarkedText.of(
                match.source(),
                match.differences().stream()
                        .map(d -> new MarkedText.Range(d.start(), d.end()))
                        .toList(),
                "tm-diff");
        source.addClassName("tm-source");
        source.getElement().setAttribute("lang", context.sourceLocale());
        source.getElement().setAttribute("dir", direction(context.sourceLocale()));
        Div target = MarkedText.of(match.target(), List.of(), "tm-diff");
        target.addClassName("tm-target");
        target.getElement().setAttribute("lang", context.locale());
        target.getElement().setAttribute("dir", direction(context.locale()));
        Div entry = new Div(head, source, target);
        for (MatchScoring.Penalty penalty : match.penalties()) {
            Span taken = new Span("−" + penalty.points() + " " + reason(penalty));
            taken.addClassName("tm-penalty");
            entry.add(taken);
        }
        entry.addClassNames("tm-match", "tm-" + match.kind().name().toLowerCase(Locale.ROOT));
        entry.getElement().setAttribute("data-index", String.valueOf(index + 1));
        entry.getElement().setAttribute("data-score", String.valueOf(match.score()));
        entry.getElement().setAttribute("data-kind", match.kind().name());
        entry.getElement().setAttribute("title", I18NProvider.translate("memory.matches-tab.use", index + 1));
        entry.addClickListener(e -> insert(index));
        return entry;
    }

    private static String label(MatchKind kind) {
        return switch (kind) {
            case CONTEXT -> I18NProvider.translate("memory.matches-tab.kind-context");
            case EXACT -> I18NProvider.translate("memory.matches-tab.kind-exact");
            case FUZZY -> I18NProvider.translate("memory.matches-tab.kind-fuzzy");
        };
    }

    private static String origin(Match match) {
        StringBuilder origin = new StringBuilder(match.memory().name());
        if (match.changedBy() != null) {
            origin.append(" · ").append(match.changedBy());
        }
        if (match.changedAt() != null) {
            origin.append(" · ").append(time(match.changedAt()));
        }
        return origin.toString();
    }

    /** When a memory unit last changed, in the reader's conventions. */
    static String time(Instant changedAt) {
        return I18NProvider.translate("memory.matches-tab.changed-at", Date.from(changedAt));
    }

    static Span meta(String text) {
        Span meta = new Span(text);
        meta.addClassName("meta");
        return meta;
    }

    static String direction(String languageTag) {
        return ULocale.forLanguageTag(languageTag).isRightToLeft() ? "rtl" : "ltr";
    }

    /** A penalty's reason in the page's language (a memory's own penalty names the memory). */
    private static String reason(MatchScoring.Penalty penalty) {
        if (penalty.key() == null) {
            return penalty.reason();
        }
        Object value = penalty.detail() != null ? penalty.detail() : (Object) penalty.points();
        return I18NProvider.translate("memory.penalty." + penalty.key(), value);
    }
}
