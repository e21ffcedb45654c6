package dev.tessera.exchange;

/**
 * What an export leaves in or out.
 *
 * @param fallbackToSource text: unfinished segments as their source instead of refusing the export
 * @param approvedOnly text: only APPROVED segments count as finished
 * @param includeTranslated TMX: TRANSLATED segments too, not only APPROVED ones
 */
public record ExportOptions(boolean fallbackToSource, boolean approvedOnly, boolean includeTranslated) {}
