package dev.tessera.translation.review;

import dev.tessera.translation.SegmentFinding;
import dev.tessera.translation.TranslationStatus;
import java.util.List;

/** The translation after a waiver (its version unchanged) with its issues. */
public record WaiverResult(String target, TranslationStatus status, int version, List<SegmentFinding> issues) {}
