package dev.tessera.translation;

import dev.tessera.shared.Sentence;
import java.util.List;

/**
 * What an import did: how many translations it changed, how many units left a segment as it was, the units that
 * changed in Tessera since the export (not written), and the units refused, each with the reason. A unit written
 * but not approved as it asked is counted as updated and listed as refused; {@code issues}: the review issues filed
 * from the file.
 */
public record ImportReport(
        int updated, int unchanged, int approved, List<Conflict> conflicts, List<Refusal> refused, int issues) {

    public ImportReport(int updated, int unchanged, int approved, List<Conflict> conflicts, List<Refusal> refused) {
        this(updated, unchanged, approved, conflicts, refused, 0);
    }

    public record Conflict(long segmentId, Sentence reason) {}

    public record Refusal(String unitId, Sentence reason) {}
}
