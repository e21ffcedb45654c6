package dev.tessera.exchange;

/**
 * What an export leaves in or out.
 *
 * @param fallbackToSource text: unfinished segments as their source instead of refusing the export
 * @param approvedOnly text: only APPROVED segments count as finished
 * @param includeTranslated TMX: TRANSLATED segments too, not only APPROVED ones
 * @param matches XLIFF: the best memory matches of untranslated segments ({@code <alt-trans>} in 1.2, the matches
 *     module in 2.1)
 */
public record ExportOptions(
        boolean fallbackToSource, boolean approvedOnly, boolean includeTranslated, boolean matches) {

    /** The options with the memory matches in, as an export has them unless told otherwise. */
    public ExportOptions(boolean fallbackToSource, boolean approvedOnly, boolean includeTranslated) {
        this(fallbackToSource, approvedOnly, includeTranslated, true);
    }
}
