package dev.tessera.translation.editor;

import dev.tessera.project.DocumentInfo;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * What an {@link EditorTab} knows of its editor and may ask of it.
 *
 * @param document the document open in the editor, with its project
 * @param locale the target locale, canonical
 * @param replaceTarget puts the text (inline codes as markers) in the target editor in place of what is there, as an
 *     unsaved edit the translator then confirms; answers false when the active segment may not be changed
 * @param hasOpenFindings whether the active segment has open QA findings (stored, or of the text being typed)
 * @param bringToFront selects this tab, unless the active segment has something more pressing (a rejection, open
 *     findings)
 */
public record EditorTabContext(
        DocumentInfo document,
        String locale,
        Predicate<String> replaceTarget,
        BooleanSupplier hasOpenFindings,
        Runnable bringToFront) {

    public long documentId() {
        return document.id();
    }

    public long projectId() {
        return document.project().id();
    }

    public String projectSlug() {
        return document.project().slug();
    }

    public String sourceLocale() {
        return document.project().sourceLocale();
    }
}
