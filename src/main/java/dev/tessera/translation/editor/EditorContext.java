package dev.tessera.translation.editor;

import com.ibm.icu.util.ULocale;
import dev.tessera.project.DocumentInfo;
import dev.tessera.translation.SegmentRow;
import dev.tessera.translation.TranslationService;
import org.jspecify.annotations.Nullable;

/** The document and target locale one editor is open on, with the services its parts call. */
record EditorContext(EditorServices services, DocumentInfo document, String locale) {

    long documentId() {
        return document.id();
    }

    String sourceLang() {
        return document.project().sourceLocale();
    }

    /** "rtl" or "ltr": the target's writing direction. */
    String dir() {
        return direction(locale);
    }

    String sourceDir() {
        return direction(sourceLang());
    }

    TranslationService translations() {
        return services.translations();
    }

    /** The signed-in user's name, for the rows their own saves change. */
    @Nullable
    String username() {
        return services.currentUser().username().orElse(null);
    }

    /** One segment of the document with its translation in the locale, as the grid shows it. */
    SegmentRow segment(long segmentId) {
        return translations().segment(document.id(), segmentId, locale);
    }

    static String direction(String languageTag) {
        return ULocale.forLanguageTag(languageTag).isRightToLeft() ? "rtl" : "ltr";
    }
}
