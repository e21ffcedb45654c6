package dev.tessera.exchange;

import dev.tessera.formats.InlineCode;
import dev.tessera.shared.Sentence;
import java.util.List;

/**
 * An XLIFF file as read: its languages, whether Tessera wrote it, and its translatable segments in order.
 *
 * @param family      1 for XLIFF 1.0–1.2, 2 for XLIFF 2.0–2.1
 * @param targetLocale null when the file names none
 * @param warnings    what was passed over, for the report
 */
record XliffFile(
        int family,
        String sourceLocale,
        String targetLocale,
        String original,
        boolean tessera,
        List<Unit> units,
        List<Sentence> warnings) {

    /**
     * One segment of the file.
     *
     * @param id        the unit's id (with the segment's when a unit holds several)
     * @param version   the Tessera version the unit was exported at, null when the file does not say
     * @param paragraph 1-based: the unit (or Tessera's paragraph group) it belongs to
     * @param target    null when the file has no target; its codes are the table of the pair
     * @param state     the target's state as written (1.2 {@code state}, 2.x segment {@code state}), or null
     * @param approved  1.2 {@code approved="yes"}
     * @param issues    the ITS Localization Quality Issues on the target
     */
    record Unit(
            String id,
            Integer version,
            int paragraph,
            CodedText source,
            CodedText target,
            String state,
            String subState,
            boolean approved,
            List<String> notes,
            List<ItsIssues.Mark> issues) {

        /** The code table of the segment: the source's codes, and any the target adds. */
        List<InlineCode> codes() {
            return target == null ? source.codes() : target.codes();
        }
    }
}
