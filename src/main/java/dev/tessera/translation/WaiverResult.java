package dev.tessera.translation;

import java.util.List;

/** The translation after a waiver (its version unchanged) with its issues. */
public record WaiverResult(String target, TranslationStatus status, int version, List<Issue> issues) {
}
