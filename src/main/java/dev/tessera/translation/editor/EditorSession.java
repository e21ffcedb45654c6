package dev.tessera.translation.editor;

import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService.Standing;
import dev.tessera.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What one person is doing in the editor, without any Vaadin: the active segment as they last saw it (its version
 * is the one a save claims), the text they are typing, whether it is unsaved, and which keys do what. The view
 * draws it; the unit tests drive it directly.
 */
final class EditorSession {

    /** What Ctrl+Enter does on the active segment. */
    enum ConfirmStep {
        /** Save the text as TRANSLATED and go to the next unfinished segment. */
        CONFIRM,
        /** A reviewer's Ctrl+Enter on someone's TRANSLATED segment, left as it is: approve and move on. */
        APPROVE,
        /** An approved segment, left as it is: only move on. */
        NEXT
    }

    private final Standing standing;
    private @Nullable SegmentRow active;
    private String pending = "";
    /** The version of the active segment someone else saved while this person typed, once told. */
    private int warnedVersion = -1;

    EditorSession(Standing standing) {
        this.standing = standing;
    }

    @Nullable
    SegmentRow active() {
        return active;
    }

    boolean hasActive() {
        return active != null;
    }

    boolean isActive(long segmentId) {
        return active != null && active.id() == segmentId;
    }

    /** The text in the editor, as markers (not tags). */
    String pending() {
        return pending;
    }

    Standing standing() {
        return standing;
    }

    /** Makes the row the active segment with its saved text; answers the segment that was active before. */
    @Nullable
    SegmentRow open(SegmentRow row) {
        SegmentRow previous = active;
        active = row;
        pending = saved(row);
        warnedVersion = -1;
        return previous;
    }

    /** The person typed (or pasted, or a shortcut put text in the editor). */
    void type(String text) {
        pending = text;
    }

    /** Esc: back to the saved text. */
    void discard() {
        if (active != null) {
            pending = saved(active);
        }
    }

    /** The text differs from what is saved. */
    boolean isDirty() {
        return active != null && !pending.equals(saved(active));
    }

    /**
     * A newer state of a segment arrived (this person's save, a review, or someone else's change taken in): when it
     * is the active one it replaces it, text included. Answers whether it was the active one.
     */
    boolean update(SegmentRow row) {
        if (!isActive(row.id())) {
            return false;
        }
        active = row;
        pending = saved(row);
        return true;
    }

    /** The same segment with new findings or presence, keeping what is being typed. */
    void refresh(SegmentRow row) {
        if (isActive(row.id())) {
            active = row;
        }
    }

    /**
     * Someone else saved the active segment as {@code version} while this person was typing: answers true the
     * first time for that version, so they are told once.
     */
    boolean shouldWarn(int version) {
        if (version == warnedVersion) {
            return false;
        }
        warnedVersion = version;
        return true;
    }

    /** Whether the state is of the active row's text as this person last saw it (findings or waivers may differ). */
    boolean sameVersion(SegmentRow row) {
        return active != null && active.id() == row.id() && row.version() == active.version();
    }

    /** Whether someone else's newer state of the active row differs from what this person sees. */
    boolean differs(SegmentRow row) {
        return active != null
                && (row.version() != active.version() || !row.issues().equals(active.issues()));
    }

    /** The text the QA checks judge while typing: null for an untouched untranslated segment. */
    @Nullable
    String textToCheck() {
        return pending.isEmpty() && active != null && active.target() == null ? null : pending;
    }

    /** The status the QA checks judge while typing: unsaved text is judged as if confirmed. */
    TranslationStatus statusToCheck() {
        return isDirty() || active == null ? TranslationStatus.TRANSLATED : active.status();
    }

    /** The person may not change the active segment: not their locale, or approved and they do not review. */
    boolean isLocked(SegmentRow row) {
        return !standing.writes() || row.status().isApproved() && !standing.reviews();
    }

    /**
     * A reviewer may approve or reject the active segment: TRANSLATED, and no unsaved text; a second reviewer may
     * also reject an APPROVED one.
     */
    boolean isReviewable() {
        return active != null
                && !isDirty()
                && (active.status() == TranslationStatus.TRANSLATED
                        || active.status() == TranslationStatus.APPROVED && standing.signsOff());
    }

    /** A second reviewer may sign off the active segment: APPROVED, and no unsaved text. */
    boolean isSignable() {
        return standing.signsOff() && active != null && active.status() == TranslationStatus.APPROVED && !isDirty();
    }

    /** A reviewer may waive findings shown for the saved text. */
    boolean mayWaive() {
        return standing.reviews() && !isDirty() && active != null && active.status() != TranslationStatus.UNTRANSLATED;
    }

    /** What Ctrl+Enter does now. */
    ConfirmStep confirmStep() {
        if (!standing.reviews() || active == null || isDirty()) {
            return ConfirmStep.CONFIRM;
        }
        return switch (active.status()) {
            case TRANSLATED -> ConfirmStep.APPROVE;
            case APPROVED, SIGNED_OFF -> ConfirmStep.NEXT;
            default -> ConfirmStep.CONFIRM;
        };
    }

    /**
     * The index, in the filtered list, of the segment {@code step} rows away from the active one, or -1 when there
     * is none before it. {@code activeIndex} is the active row's index when the filter shows it; when the filter
     * hides it, it is the index the row would have, so its neighbours are at {@code activeIndex - 1} and
     * {@code activeIndex}.
     */
    static long neighbour(long activeIndex, boolean activeShown, int step) {
        long index = activeShown ? activeIndex + step : (step > 0 ? activeIndex : activeIndex - 1);
        return index < 0 ? -1 : index;
    }

    private static String saved(SegmentRow row) {
        return row.target() == null ? "" : row.target();
    }
}
