package dev.tessera.qa;

import java.util.List;
import java.util.Map;

/**
 * A check over a whole document in one target locale (a rule that no single segment can judge, such as the first
 * mention of a term or one term rendered two ways). It is a {@link QaCheck} so that settings list it and findings
 * carry its name, but the per-segment runner gets nothing from it: its findings come from {@link #documentMessages}.
 */
public interface DocumentCheck extends QaCheck {

    /** One segment of the document as the document checks see it. */
    record Segment(long id, int position, String source, String target, Stage stage) {

        /** How far the segment's translation has come, as far as the document checks care. */
        public enum Stage {
            /** No target yet, or a blank draft. */
            NONE,
            /** A target being written (a draft, or a rejected one). */
            WRITTEN,
            /** A translation handed in: translated, approved or signed off. */
            CONFIRMED
        }

        public boolean hasTarget() {
            return stage != Stage.NONE && target != null && !target.isBlank();
        }
    }

    /**
     * Checks the document.
     *
     * @param segments every segment of the document in order, translated or not
     * @return messages by segment id; segments without findings are left out
     */
    Map<Long, List<QaMessage>> documentMessages(List<Segment> segments, String sourceLocale, String targetLocale);

    @Override
    default List<QaMessage> messages(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
        return List.of();
    }
}
