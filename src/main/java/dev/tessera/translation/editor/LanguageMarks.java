package dev.tessera.translation.editor;

import dev.tessera.qa.Proofreader;
import dev.tessera.qa.TextSpan;
import dev.tessera.shared.CodeMarkers;
import dev.tessera.translation.SegmentFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The open language findings ({@code lang.*}) of a saved target as marks on it, in text order, and the offsets
 * between the target (inline codes as one marker character each) and the editor's text (codes as tags).
 */
final class LanguageMarks {

    /**
     * One finding's mark from {@code start} to {@code end}: its span, less what an earlier mark already covers (a
     * typography finding on "projet:" after a spelling finding on "projet" marks the colon), since marks never overlap.
     */
    record Mark(SegmentFinding finding, int start, int end) {

        String check() {
            return finding.check();
        }

        List<String> suggestions() {
            return finding.span().suggestions();
        }

        /** The finding's whole span of the target, which a suggestion replaces. */
        TextSpan span() {
            return finding.span();
        }
    }

    private LanguageMarks() {}

    /** The marks in text order; a finding whose span lies inside earlier marks has none (the QA tab lists it). */
    static List<Mark> of(String target, List<SegmentFinding> findings) {
        List<Mark> marks = new ArrayList<>();
        findings.stream()
                .filter(f -> !f.waived() && f.span() != null && Proofreader.isLanguageCheck(f.check()))
                .filter(f -> f.span().end() <= target.length())
                .sorted(Comparator.comparingInt((SegmentFinding f) -> f.span().start())
                        .thenComparingInt(f -> f.span().end()))
                .forEach(f -> {
                    int covered = marks.isEmpty() ? 0 : marks.getLast().end();
                    int start = Math.max(f.span().start(), covered);
                    if (start < f.span().end() || f.span().start() >= covered) {
                        marks.add(new Mark(f, start, f.span().end()));
                    }
                });
        return marks;
    }

    /** Alt+Enter's mark: the first with suggestions under or after the caret (a target offset), else the first. */
    static Optional<Mark> near(List<Mark> marks, int caret) {
        List<Mark> helpful =
                marks.stream().filter(m -> !m.suggestions().isEmpty()).toList();
        return helpful.stream()
                .filter(m -> m.end() >= caret)
                .findFirst()
                .or(() -> helpful.stream().findFirst());
    }

    /** The editor's offset (codes shown as tags) of a target offset. */
    static int shown(String target, int offset) {
        return CodeMarkers.toTags(target.substring(0, offset)).length();
    }

    /** The target offset of an editor offset; inside a tag, the tag's start. */
    static int inTarget(String target, int shownOffset) {
        int shown = 0;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            shown += CodeMarkers.isMarker(c) ? CodeMarkers.tag(c).length() : 1;
            if (shown > shownOffset) {
                return i;
            }
        }
        return target.length();
    }
}
