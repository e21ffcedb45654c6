package dev.tessera.translation.editor;

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
import dev.tessera.qa.Severity;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Problems;
import dev.tessera.translation.Comment;
import dev.tessera.translation.HistoryEntry;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService;
import dev.tessera.translation.TranslationStatus;
import dev.tessera.translation.quality.FindingTexts;
import dev.tessera.translation.quality.QualityService;
import dev.tessera.translation.review.Issue;
import dev.tessera.translation.review.IssueService;
import dev.tessera.translation.review.ReviewService;
import dev.tessera.translation.review.Waiver;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Everything about the active segment, below the grid: its terms, QA findings, comment thread (where a rejection's
 * reason appears) and history, and the tabs other features add ({@link EditorExtension}).
 */
class SegmentPanel extends TabSheet {

    private final ReviewService reviews;
    private final IssueService issues;
    private final IssueList issueList = new IssueList(this::fileIssue, this::retractIssue);
    private final String dir;
    /** The signed-in user's name where they review this locale, who may file issues; null otherwise. */
    private final String reviewer;

    private final TranslationService translations;
    private final QualityService quality;
    private final BiPredicate<String, String> waiver;
    private final Div findings = new Div();
    private final Div thread = new Div();
    private final Div history = new Div();
    private final TextArea newComment = new TextArea();
    private final Div waived = new Div();
    private final TermsTab terms;
    private final Tab termsTab;
    private final Tab commentsTab;
    private final Tab qaTab;
    private final ExtensionTabs extensions;
    private int liveFindings;
    private long documentId;
    private String locale;
    private SegmentRow segment;

    /**
     * @param reviews the person reviews this locale: they may file issues and retract their own
     * @param waiver waives a check (name, reason) on the active segment; answers whether it worked
     * @param insert puts a rendering or an inline code at the editor's cursor
     * @param replaceTarget puts a text in place of the editor's (a memory match); answers whether it could
     */
    SegmentPanel(
            EditorContext context,
            boolean reviews,
            BiPredicate<String, String> waiver,
            Consumer<String> insert,
            Predicate<String> replaceTarget) {
        this.terms = new TermsTab(insert);
        this.reviews = context.services().reviews();
        this.issues = context.services().issues();
        this.dir = context.dir();
        this.reviewer = reviews ? context.username() : null;
        this.translations = context.translations();
        this.quality = context.services().quality();
        this.waiver = waiver;
        setId("segment-panel");
        addClassName("segment-panel");
        thread.setId("comment-thread");
        thread.addClassName("comment-thread");
        newComment.setId("new-comment");
        newComment.setPlaceholder(getTranslation("segment.panel.new-comment"));
        newComment.setWidthFull();
        Button send = new Button(getTranslation("segment.panel.send-comment"), e -> send());
        send.setId("send-comment");
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout write = new HorizontalLayout(newComment, send);
        write.setWidthFull();
        write.setAlignItems(HorizontalLayout.Alignment.END);
        VerticalLayout comments = new VerticalLayout(issueList, thread, write);
        comments.setPadding(false);
        history.setId("segment-history");
        history.addClassName("segment-history");
        findings.setId("qa-findings");
        findings.addClassName("qa-findings");
        waived.setId("qa-waivers");
        waived.addClassName("qa-waivers");
        termsTab = add(getTranslation("segment.panel.terms-tab"), terms);
        qaTab = add(getTranslation("segment.panel.qa-tab"), new Div(findings, waived));
        commentsTab = add(getTranslation("segment.panel.comments-tab"), comments);
        add(getTranslation("segment.panel.history-tab"), history);
        extensions = new ExtensionTabs(this, context, replaceTarget, this::hasOpenFindings);
    }

    void show(long documentId, String locale, SegmentRow segment) {
        this.documentId = documentId;
        this.locale = locale;
        this.segment = segment;
        liveFindings = 0;
        terms.show(segment, locale);
        refresh();
        // The tab that matters most for this segment: a rejection's reason, open findings, or the terms to use; an
        // extension's tab (a good memory match) may then ask for the front.
        if (segment.status() == TranslationStatus.REJECTED) {
            showComments();
        } else if (segment.openSeverity() != null || segment.terms().isEmpty()) {
            showQa();
        } else {
            setSelectedTab(termsTab);
        }
        extensions.show(segment);
    }

    /** An extension's tab wants the front: it gets it unless a rejection or open QA findings matter more. */
    void bringToFront(Tab tab) {
        if (segment != null && segment.status() != TranslationStatus.REJECTED && !hasOpenFindings()) {
            setSelectedTab(tab);
        }
    }

    /** The active segment's stored findings are open, or the text being typed has some. */
    boolean hasOpenFindings() {
        return segment != null && (segment.openSeverity() != null || liveFindings > 0);
    }

    /** Ctrl+1…5: the numbered suggestion of an extension's tab (a memory match) replaces the target. */
    void insertSuggestion(int index) {
        extensions.insert(index);
    }

    /** Ctrl+K: the search field of an extension's tab (the concordance). */
    void focusSearch() {
        extensions.focusSearch();
    }

    /** The shortcuts the extensions' tabs serve, for the shortcuts dialog. */
    List<EditorTab.Shortcut> extensionShortcuts() {
        return extensions.shortcuts();
    }

    /** The rendering with this number (0 for Alt+1), in the order the Terms tab lists them. */
    Optional<String> rendering(int index) {
        return terms.rendering(index);
    }

    /** Brings the comment thread to the front, where a rejection's reason is. */
    void showComments() {
        setSelectedTab(commentsTab);
    }

    /** Brings the QA tab to the front, where the findings that block approval are. */
    void showQa() {
        setSelectedTab(qaTab);
    }

    void refresh() {
        if (segment == null) {
            return;
        }
        waived.removeAll();
        for (Waiver waiver : quality.waivers(segment.id(), locale)) {
            Div entry = new Div(
                    meta(getTranslation(
                            "segment.panel.waiver", waiver.check(), waiver.reviewer(), Date.from(waiver.at()))),
                    text(quoted(waiver.reason())));
            entry.addClassName("qa-waiver");
            waived.add(entry);
        }
        issueList.show(
                issues.issues(documentId, segment.id(), locale),
                segment.target(),
                segment.codes(),
                locale,
                dir,
                reviewer);
        thread.removeAll();
        List<Comment> comments = reviews.comments(documentId, segment.id(), locale);
        if (comments.isEmpty()) {
            thread.add(new Span(getTranslation("segment.panel.no-comments", segment.position())));
        }
        for (Comment comment : comments) {
            Div entry = new Div(
                    meta(getTranslation("segment.panel.comment", comment.author(), Date.from(comment.at()))),
                    text(comment.text()));
            entry.addClassName("comment");
            thread.add(entry);
        }
        history.removeAll();
        for (HistoryEntry change : translations.history(documentId, segment.id(), locale)) {
            Div entry = new Div(
                    meta(getTranslation(
                            "segment.panel.change",
                            change.actor(),
                            Date.from(change.at()),
                            getTranslation("status." + change.oldStatus().name()),
                            getTranslation("status." + change.newStatus().name()))),
                    diff(change.oldTarget(), change.newTarget()));
            if (change.comment() != null) {
                entry.add(text(quoted(change.comment())));
            }
            entry.addClassName("history-entry");
            history.add(entry);
        }
    }

    /**
     * Shows the QA findings of the text being edited (checked on the server as the person types).
     *
     * @param stored the stored issues of the saved text (empty while it is being changed): they say what is waived
     * @param canWaive whether the viewer may waive checks on the saved text
     */
    void showFindings(List<Finding> found, List<SegmentFinding> stored, boolean canWaive) {
        // Findings appearing in the text being typed matter more than an extension's tab (the matches) in front.
        if (liveFindings == 0 && !found.isEmpty() && extensions.inFront()) {
            showQa();
        }
        liveFindings = found.size();
        findings.removeAll();
        if (found.isEmpty()) {
            Span clean = new Span(getTranslation("segment.panel.no-findings"));
            clean.addClassName("qa-clean");
            findings.add(clean);
        }
        Set<String> waivedChecks = new HashSet<>();
        stored.stream().filter(SegmentFinding::waived).forEach(issue -> waivedChecks.add(issue.check()));
        Set<String> offered = new HashSet<>();
        for (Finding finding : found) {
            boolean isWaived = waivedChecks.contains(finding.check());
            String severity = severity(finding.severity());
            Div item = new Div(
                    meta(
                            isWaived
                                    ? getTranslation("segment.panel.finding-waived", severity, finding.check())
                                    : getTranslation("segment.panel.finding", severity, finding.check())),
                    text(FindingTexts.text(finding)));
            item.addClassNames("qa-finding", "qa-" + finding.severity().name().toLowerCase(Locale.ROOT));
            item.getElement().setAttribute("data-check", finding.check());
            item.getElement().setAttribute("data-waived", String.valueOf(isWaived));
            if (canWaive && !isWaived && offered.add(finding.check())) {
                Button waive = new Button(
                        getTranslation("segment.panel.waive"), e -> new WaiverDialog(finding.check(), waiver).open());
                waive.addClassName("waive-button");
                waive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(waive);
            }
            findings.add(item);
        }
    }

    /** A reviewer files a typed issue on the segment without rejecting it, on the words selected in the target. */
    private void fileIssue() {
        SegmentRow row = segment;
        SelectedWords.read(
                this,
                selected -> new IssueDialog(row.position(), row.target(), row.version(), selected, request -> {
                            try {
                                issues.annotate(documentId, row.id(), locale, request);
                                refresh();
                                return true;
                            } catch (ApiException e) {
                                refused(e);
                                return false;
                            }
                        })
                        .open());
    }

    private void retractIssue(Issue issue) {
        try {
            issues.retract(documentId, segment.id(), locale, issue.id());
            refresh();
        } catch (ApiException e) {
            refused(e);
        }
    }

    private static void refused(ApiException e) {
        Notification.show(Problems.text(e), 4000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void send() {
        try {
            reviews.addComment(documentId, segment.id(), locale, newComment.getValue());
            newComment.clear();
            refresh();
        } catch (ApiException e) {
            refused(e);
        }
    }

    private String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> getTranslation("segment.panel.severity-error");
            case WARNING, OFF -> getTranslation("segment.panel.severity-warning");
        };
    }

    /** A person's words (a reason, a comment) in quotation marks. */
    private String quoted(String words) {
        return getTranslation("segment.panel.quoted", words);
    }

    /** The change as a word-level diff: removed words struck through, added words marked. */
    private Div diff(String before, String after) {
        Div body = new Div();
        body.addClassName("body");
        body.getElement().setAttribute("lang", locale);
        for (WordDiff.Part part : WordDiff.diff(before, after, locale)) {
            Span span = new Span();
            MarkedText.add(span, part.text(), segment.codes());
            if (part.kind() != WordDiff.Kind.SAME) {
                span.addClassName(part.kind() == WordDiff.Kind.ADDED ? "diff-added" : "diff-removed");
            }
            body.add(span);
        }
        return body;
    }

    static Span meta(String text) {
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
