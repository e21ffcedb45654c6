package dev.tessera.translation.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.tessera.translation.FindReplaceService;
import dev.tessera.translation.ReplaceOutcome;
import dev.tessera.translation.Replacement;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationState;
import dev.tessera.translation.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's dialogs and reading pane, without a browser. */
class EditorComponentsTest extends EditorUiTest {

    static final TranslationState THEIRS = new TranslationState("Leur texte", TranslationStatus.TRANSLATED, 3);

    @Test
    void theConflictDialogKeepsTakesOrMerges() {
        List<ConflictDialog.Resolution> chosen = new ArrayList<>();
        new ConflictDialog("Mon texte", THEIRS, "fr", "ltr", chosen::add).open();
        test($(Button.class).id("conflict-take-theirs")).click();
        new ConflictDialog("Mon texte", THEIRS, "fr", "ltr", chosen::add).open();
        test($(Button.class).id("conflict-keep-mine")).click();
        new ConflictDialog("Mon texte", THEIRS, "ur", "rtl", chosen::add).open();
        test($(TextArea.class).id("conflict-merged")).setValue("Notre texte");
        test($(Button.class).id("conflict-save-merged")).click();
        assertThat(chosen)
                .containsExactly(
                        new ConflictDialog.Resolution(null, THEIRS),
                        new ConflictDialog.Resolution("Mon texte", THEIRS),
                        new ConflictDialog.Resolution("Notre texte", THEIRS));
    }

    @Test
    void findAndReplacePreviewsBeforeItReplaces() {
        FindReplaceService service = mock(FindReplaceService.class);
        List<Replacement> planned = List.of(
                new Replacement(11, 2, "la structure", "l'architecture", TranslationStatus.TRANSLATED, 2, true),
                new Replacement(12, 5, "une structure", "une architecture", TranslationStatus.APPROVED, 4, false));
        when(service.preview(eq(7L), eq("fr"), anyString(), anyString(), anyBoolean()))
                .thenReturn(planned);
        when(service.apply(7L, "fr", planned)).thenReturn(new ReplaceOutcome(1, 1, 0));
        List<ReplaceOutcome> outcomes = new ArrayList<>();
        new FindReplaceDialog(service, 7, "fr", "fr", "ltr", outcomes::add).open();
        Button replaceAll = $(Button.class).id("replace-all");
        assertThat(replaceAll.isEnabled())
                .as("nothing to replace before a preview")
                .isFalse();
        test($(TextField.class).id("find-text")).setValue("structure");
        test($(TextField.class).id("replace-text")).setValue("architecture");
        test($(Button.class).id("find-preview")).click();
        assertThat($(Span.class).id("replace-summary").getText())
                .isEqualTo("1 segment will change; 1 approved left alone.");
        test(replaceAll).click();
        verify(service).apply(7L, "fr", planned);
        assertThat(outcomes).containsExactly(new ReplaceOutcome(1, 1, 0));
    }

    @Test
    void theReadingPaneRendersParagraphsEscapedAndTintedByStatus() {
        ReadingPane pane = new ReadingPane();
        pane.configure("en", false, "ur", true);
        List<SegmentRow> rows = List.of(
                new SegmentRow(
                        1,
                        1,
                        1,
                        true,
                        "A <b>bold</b> claim & more.",
                        "ایک دعویٰ",
                        TranslationStatus.TRANSLATED,
                        2,
                        false),
                new SegmentRow(2, 2, 1, false, "Second.", null, TranslationStatus.UNTRANSLATED, 0, false),
                new SegmentRow(3, 3, 2, true, "New paragraph.", "مسودہ", TranslationStatus.DRAFT, 1, true));
        pane.render(rows, false, 2L);
        String source = pane.getElement().getProperty("innerHTML");
        assertThat(source)
                .startsWith("<article lang=\"en\" dir=\"ltr\"><p>")
                .contains("A &lt;b&gt;bold&lt;/b&gt; claim &amp; more.")
                .contains("class=\"seg st-untranslated active\" data-id=\"2\"")
                .contains("</p><p><span class=\"seg st-draft\" data-id=\"3\">New paragraph.</span>");
        pane.render(rows, true, null);
        String translated = pane.getElement().getProperty("innerHTML");
        assertThat(translated)
                .startsWith("<article lang=\"ur\" dir=\"rtl\">")
                .contains(">ایک دعویٰ<")
                .contains("data-id=\"2\" lang=\"en\" dir=\"ltr\">Second.<");
        assertThat(pane.getElement().getAttribute("data-mode")).isEqualTo("translated");
    }

    @Test
    void theShortcutsDialogListsEveryShortcut() {
        new ShortcutsDialog().open();
        List<String> texts = $(Span.class).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("Ctrl+Enter", "Ctrl+S", "Ctrl+Shift+C", "Esc", "F1 or ?");
    }

    @Test
    void theShortcutsDialogAddsTheExtensionsShortcuts() {
        new ShortcutsDialog(List.of(new EditorTab.Shortcut("Ctrl+K", "Search the memories"))).open();
        List<String> texts = $(Span.class).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("Ctrl+Enter", "Ctrl+K", "Search the memories");
    }

    @Test
    void markedTextJoinsOverlappingStretchesAndShowsCodesAsEscapedTags() {
        String text = "The <port> of \uE000Gwadar";
        var marked = MarkedText.of(
                text,
                List.of(new MarkedText.Range(6, 9), new MarkedText.Range(4, 7), new MarkedText.Range(40, 50)),
                "d");
        assertThat(marked.getElement().getOuterHTML().replaceAll("\\s+", ""))
                .isEqualTo("<div>The<spanclass=\"d\">&lt;port</span>&gt;of<spantitle=\"Inlinecode\"class=\"code\">"
                        + "&lt;1/&gt;</span>Gwadar</div>");
    }
}
