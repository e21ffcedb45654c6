package dev.tessera.translation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.qa.Severity;
import dev.tessera.qa.TextSpan;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.editor.LanguageMarks.Mark;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageMarksTest {

    private static final String TARGET = "Le succes du projet: il est clair.";

    private static SegmentFinding finding(String check, int start, int end, boolean waived, String... suggestions) {
        return new SegmentFinding(
                check,
                Severity.WARNING,
                check,
                waived,
                null,
                List.of(),
                new TextSpan(start, end, List.of(suggestions)));
    }

    private static List<String> marked(String target, List<Mark> marks) {
        return marks.stream().map(m -> target.substring(m.start(), m.end())).toList();
    }

    @Test
    void marksFollowTheTextAndLeaveOutWaivedOtherChecksAndSpansBeyondTheTarget() {
        List<Mark> marks = LanguageMarks.of(
                TARGET,
                List.of(
                        finding("lang.typography", 13, 20, false, "projet :"),
                        finding("lang.spelling", 3, 9, false, "succès"),
                        finding("lang.grammar", 0, 2, true),
                        finding("qa.numbers", 0, 2, false),
                        finding("lang.style", 30, 99, false),
                        new SegmentFinding("lang.spelling", Severity.WARNING, "no span", false)));

        assertThat(marked(TARGET, marks)).containsExactly("succes", "projet:");
        assertThat(marks.get(1).check()).isEqualTo("lang.typography");
    }

    @Test
    void aFindingOverlappingAnEarlierMarkIsMarkedOnlyWhereItGoesOnAndWhollyCoveredOnesAreLeftOut() {
        List<Mark> marks = LanguageMarks.of(
                TARGET,
                List.of(
                        finding("lang.typography", 13, 20, false, "projet :"),
                        finding("lang.spelling", 13, 19, false, "projets"),
                        finding("lang.grammar", 14, 16, false)));

        assertThat(marked(TARGET, marks)).containsExactly("projet", ":");
        assertThat(marks.get(1).span().start())
                .as("the suggestion still replaces the whole span")
                .isEqualTo(13);
    }

    @Test
    void altEnterTakesTheMarkUnderOrAfterTheCaretWithSuggestionsElseTheFirst() {
        List<Mark> marks = LanguageMarks.of(
                TARGET,
                List.of(
                        finding("lang.spelling", 3, 9, false, "succès"),
                        finding("lang.grammar", 10, 12, false),
                        finding("lang.typography", 13, 20, false, "projet :")));

        assertThat(LanguageMarks.near(marks, 0).orElseThrow().check()).isEqualTo("lang.spelling");
        assertThat(LanguageMarks.near(marks, 9).orElseThrow().check()).isEqualTo("lang.spelling");
        assertThat(LanguageMarks.near(marks, 10).orElseThrow().check())
                .as("the grammar finding has no suggestion")
                .isEqualTo("lang.typography");
        assertThat(LanguageMarks.near(marks, TARGET.length()).orElseThrow().check())
                .isEqualTo("lang.spelling");
        assertThat(LanguageMarks.near(List.of(), 0)).isEmpty();
    }

    @Test
    void offsetsMapBetweenMarkersAndTheTagsTheEditorShows() {
        char open = CodeMarkers.marker(CodeMarkers.Kind.OPEN, 0);
        char close = CodeMarkers.marker(CodeMarkers.Kind.CLOSE, 0);
        String target = "Le " + open + "succes" + close + " va";
        String shown = CodeMarkers.toTags(target);
        assertThat(shown).isEqualTo("Le <1>succes</1> va");

        assertThat(LanguageMarks.shown(target, 4)).isEqualTo(shown.indexOf("succes"));
        assertThat(LanguageMarks.shown(target, 10)).isEqualTo(shown.indexOf("</1>"));
        assertThat(LanguageMarks.inTarget(target, shown.indexOf("succes"))).isEqualTo(4);
        assertThat(LanguageMarks.inTarget(target, shown.indexOf("</1>") + 2))
                .as("inside a tag: the tag's start")
                .isEqualTo(10);
        assertThat(LanguageMarks.inTarget(target, shown.length())).isEqualTo(target.length());
    }
}
