/**
 * Translations out as text, XLIFF 1.2/2.1 and TMX, XLIFF back in (round trip and new documents), and publishing
 * into the {@code translations/} folder: plain readers and writers over pages of
 * {@link dev.tessera.translation.ExportRow}, streamed; XLIFF exports carry the memory's matches of untranslated
 * segments.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "project",
            "formats",
            "translation",
            "translation :: review",
            "glossary",
            "memory",
            "security",
            "shared",
            "ui"
        })
package dev.tessera.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
