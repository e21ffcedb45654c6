package dev.tessera.translation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.qa.Severity;
import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService.Standing;
import dev.tessera.translation.TranslationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's state without Vaadin: what is active, what is unsaved, what the keys do. */
class EditorSessionTest {

    static final Standing TRANSLATOR = new Standing(true, false);
    static final Standing REVIEWER = new Standing(true, true);
    static final Standing READER = new Standing(false, false);

    static SegmentRow row(long id, String target, TranslationStatus status, int version) {
        return new SegmentRow(
                id,
                (int) id,
                1,
                id == 1,
                "Source " + id,
                target,
                status,
                version,
                false,
                "ana",
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void openingASegmentTakesItsSavedTextAndAnswersThePreviousOne() {
        EditorSession session = new EditorSession(TRANSLATOR);
        assertThat(session.hasActive()).isFalse();
        assertThat(session.isDirty()).isFalse();
        assertThat(session.open(row(1, null, TranslationStatus.UNTRANSLATED, 0)))
                .isNull();
        assertThat(session.pending()).isEmpty();
        SegmentRow second = row(2, "Texte", TranslationStatus.DRAFT, 1);
        assertThat(session.open(second).id()).isEqualTo(1);
        assertThat(session.isActive(2)).isTrue();
        assertThat(session.isActive(1)).isFalse();
        assertThat(session.pending()).isEqualTo("Texte");
    }

    @Test
    void typingMakesItDirtyAndDiscardingOrTypingTheSavedTextCleansIt() {
        EditorSession session = new EditorSession(TRANSLATOR);
        session.open(row(1, "Texte", TranslationStatus.DRAFT, 1));
        session.type("Texte modifié");
        assertThat(session.isDirty()).isTrue();
        session.discard();
        assertThat(session.pending()).isEqualTo("Texte");
        assertThat(session.isDirty()).isFalse();
        session.type("Texte");
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void anUntouchedUntranslatedSegmentIsCheckedAsEmptyAndTypedTextAsIfConfirmed() {
        EditorSession session = new EditorSession(TRANSLATOR);
        session.open(row(1, null, TranslationStatus.UNTRANSLATED, 0));
        assertThat(session.textToCheck()).isNull();
        assertThat(session.statusToCheck()).isEqualTo(TranslationStatus.UNTRANSLATED);
        session.type("Un");
        assertThat(session.textToCheck()).isEqualTo("Un");
        assertThat(session.statusToCheck()).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void aSaveOfTheActiveSegmentReplacesItsTextAndVersionButAnotherRowLeavesItAlone() {
        EditorSession session = new EditorSession(TRANSLATOR);
        session.open(row(1, "Un", TranslationStatus.DRAFT, 1));
        session.type("Deux");
        assertThat(session.update(row(2, "Autre", TranslationStatus.TRANSLATED, 4)))
                .isFalse();
        assertThat(session.pending()).isEqualTo("Deux");
        assertThat(session.update(row(1, "Deux", TranslationStatus.TRANSLATED, 2)))
                .isTrue();
        assertThat(session.active().version()).isEqualTo(2);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void newFindingsKeepTheTextBeingTyped() {
        EditorSession session = new EditorSession(TRANSLATOR);
        session.open(row(1, "Un", TranslationStatus.TRANSLATED, 1));
        session.type("Un deux");
        SegmentRow withFinding = row(1, "Un", TranslationStatus.TRANSLATED, 1)
                .withFindings(List.of(new SegmentFinding("qa.numbers", Severity.ERROR, "A number is missing.", false)));
        session.refresh(withFinding);
        assertThat(session.pending()).isEqualTo("Un deux");
        assertThat(session.active().issues()).hasSize(1);
    }

    @Test
    void someoneElsesSaveWhileTypingIsToldOncePerVersion() {
        EditorSession session = new EditorSession(TRANSLATOR);
        session.open(row(1, "Un", TranslationStatus.DRAFT, 1));
        session.type("Un et demi");
        SegmentRow theirs = row(1, "Deux", TranslationStatus.TRANSLATED, 2);
        assertThat(session.differs(theirs)).isTrue();
        assertThat(session.differs(row(1, "Un", TranslationStatus.DRAFT, 1))).isFalse();
        assertThat(session.shouldWarn(2)).isTrue();
        assertThat(session.shouldWarn(2)).isFalse();
        assertThat(session.shouldWarn(3)).isTrue();
        session.open(row(2, null, TranslationStatus.UNTRANSLATED, 0));
        session.open(row(1, "Deux", TranslationStatus.TRANSLATED, 3));
        assertThat(session.shouldWarn(3))
                .as("a newly opened segment forgets what was told")
                .isTrue();
    }

    @Test
    void ctrlEnterConfirmsForTranslatorsAndApprovesOrMovesOnForReviewers() {
        EditorSession translator = new EditorSession(TRANSLATOR);
        translator.open(row(1, "Un", TranslationStatus.TRANSLATED, 1));
        assertThat(translator.confirmStep()).isEqualTo(EditorSession.ConfirmStep.CONFIRM);

        EditorSession reviewer = new EditorSession(REVIEWER);
        reviewer.open(row(1, "Un", TranslationStatus.TRANSLATED, 1));
        assertThat(reviewer.confirmStep()).isEqualTo(EditorSession.ConfirmStep.APPROVE);
        assertThat(reviewer.isReviewable()).isTrue();
        reviewer.type("Un !");
        assertThat(reviewer.confirmStep()).isEqualTo(EditorSession.ConfirmStep.CONFIRM);
        assertThat(reviewer.isReviewable()).isFalse();
        reviewer.open(row(2, "Deux", TranslationStatus.APPROVED, 3));
        assertThat(reviewer.confirmStep()).isEqualTo(EditorSession.ConfirmStep.NEXT);
        reviewer.open(row(3, "Trois", TranslationStatus.DRAFT, 1));
        assertThat(reviewer.confirmStep()).isEqualTo(EditorSession.ConfirmStep.CONFIRM);
    }

    @Test
    void approvedSegmentsAreLockedForTranslatorsAndEverythingForReadersOfAnotherLocale() {
        SegmentRow approved = row(1, "Un", TranslationStatus.APPROVED, 2);
        SegmentRow draft = row(2, "Deux", TranslationStatus.DRAFT, 1);
        assertThat(new EditorSession(TRANSLATOR).isLocked(approved)).isTrue();
        assertThat(new EditorSession(TRANSLATOR).isLocked(draft)).isFalse();
        assertThat(new EditorSession(REVIEWER).isLocked(approved)).isFalse();
        assertThat(new EditorSession(READER).isLocked(draft)).isTrue();
    }

    @Test
    void onlyReviewersWaiveAndOnlyFindingsOfSavedText() {
        EditorSession reviewer = new EditorSession(REVIEWER);
        reviewer.open(row(1, null, TranslationStatus.UNTRANSLATED, 0));
        assertThat(reviewer.mayWaive()).isFalse();
        reviewer.open(row(2, "Deux", TranslationStatus.TRANSLATED, 1));
        assertThat(reviewer.mayWaive()).isTrue();
        reviewer.type("Deux !");
        assertThat(reviewer.mayWaive()).isFalse();
        EditorSession translator = new EditorSession(TRANSLATOR);
        translator.open(row(2, "Deux", TranslationStatus.TRANSLATED, 1));
        assertThat(translator.mayWaive()).isFalse();
    }

    @Test
    void theNeighbourOfAShownRowIsOneStepAwayAndOfAHiddenOneWhereItWouldBe() {
        assertThat(EditorSession.neighbour(4, true, 1)).isEqualTo(5);
        assertThat(EditorSession.neighbour(4, true, -1)).isEqualTo(3);
        assertThat(EditorSession.neighbour(0, true, -1)).isEqualTo(-1);
        // A hidden active row would sit at index 4: the rows around it are 3 and 4.
        assertThat(EditorSession.neighbour(4, false, 1)).isEqualTo(4);
        assertThat(EditorSession.neighbour(4, false, -1)).isEqualTo(3);
        assertThat(EditorSession.neighbour(0, false, -1)).isEqualTo(-1);
    }
}
