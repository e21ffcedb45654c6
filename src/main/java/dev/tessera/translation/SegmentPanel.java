package dev.tessera.translation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import dev.tessera.qa.Finding;
import dev.tessera.shared.ApiException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Everything about the active segment, below the grid: its comment thread (where a rejection's reason
 * appears) and its history.
 */
class SegmentPanel extends TabSheet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ReviewService reviews;
    private final TranslationService translations;
    private final Div findings = new Div();
    private final Div thread = new Div();
    private final Div history = new Div();
    private final TextArea newComment = new TextArea();
    private final Tab commentsTab;
    private long documentId;
    private String locale;
    private SegmentRow segment;

    SegmentPanel(ReviewService reviews, TranslationService translations) {
        this.reviews = reviews;
        this.translations = translations;
        setId("segment-panel");
        addClassName("segment-panel");
        thread.setId("comment-thread");
        thread.addClassName("comment-thread");
        newComment.setId("new-comment");
        newComment.setPlaceholder("Write a comment");
        newComment.setWidthFull();
        Button send = new Button("Comment", e -> send());
        send.setId("send-comment");
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout write = new HorizontalLayout(newComment, send);
        write.setWidthFull();
        write.setAlignItems(HorizontalLayout.Alignment.END);
        VerticalLayout comments = new VerticalLayout(thread, write);
        comments.setPadding(false);
        history.setId("segment-history");
        history.addClassName("segment-history");
        findings.setId("qa-findings");
        findings.addClassName("qa-findings");
        add("QA", findings);
        commentsTab = add("Comments", comments);
        add("History", history);
    }

    void show(long documentId, String locale, SegmentRow segment) {
        this.documentId = documentId;
        this.locale = locale;
        this.segment = segment;
        refresh();
        if (segment.status() == TranslationStatus.REJECTED) {
            showComments();
        }
    }

    /** Brings the comment thread to the front, where a rejection's reason is. */
    void showComments() {
        setSelectedTab(commentsTab);
    }

    void refresh() {
        if (segment == null) {
            return;
        }
        thread.removeAll();
        List<Comment> comments = reviews.comments(documentId, segment.id(), locale);
        if (comments.isEmpty()) {
            thread.add(new Span("No comments on segment " + segment.position() + " yet."));
        }
        for (Comment comment : comments) {
            Div entry = new Div(meta(comment.author() + " · " + TIME.format(comment.at())), text(comment.text()));
            entry.addClassName("comment");
            thread.add(entry);
        }
        history.removeAll();
        for (HistoryEntry change : translations.history(documentId, segment.id(), locale)) {
            Div entry = new Div(meta(change.actor() + " · " + TIME.format(change.at()) + " · " + change.oldStatus()
                    + " → " + change.newStatus()), diff(change.oldTarget(), change.newTarget()));
            if (change.comment() != null) {
                entry.add(text("“" + change.comment() + "”"));
            }
            entry.addClassName("history-entry");
            history.add(entry);
        }
    }

    /** Shows the QA findings of the text being edited (checked on the server as the person types). */
    void showFindings(List<Finding> found) {
        findings.removeAll();
        if (found.isEmpty()) {
            Span clean = new Span("No QA issues.");
            clean.addClassName("qa-clean");
            findings.add(clean);
        }
        for (Finding finding : found) {
            Div item = new Div(meta(finding.severity() + " · " + finding.check()), text(finding.message()));
            item.addClassNames("qa-finding", "qa-" + finding.severity().name().toLowerCase(Locale.ROOT));
            item.getElement().setAttribute("data-check", finding.check());
            findings.add(item);
        }
    }

    private void send() {
        try {
            reviews.addComment(documentId, segment.id(), locale, newComment.getValue());
            newComment.clear();
            refresh();
        } catch (ApiException e) {
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The change as a word-level diff: removed words struck through, added words marked. */
    private Div diff(String before, String after) {
        Div body = new Div();
        body.addClassName("body");
        body.getElement().setAttribute("lang", locale);
        for (WordDiff.Part part : WordDiff.diff(before, after, locale)) {
            Span span = new Span(part.text());
            if (part.kind() != WordDiff.Kind.SAME) {
                span.addClassName(part.kind() == WordDiff.Kind.ADDED ? "diff-added" : "diff-removed");
            }
            body.add(span);
        }
        return body;
    }

    private static Span meta(String text) {
        Span meta = new Span(text);
        meta.addClassName("meta");
        return meta;
    }

    private static Div text(String value) {
        Div text = new Div();
        text.setText(value);
        text.addClassName("body");
        return text;
    }
}
