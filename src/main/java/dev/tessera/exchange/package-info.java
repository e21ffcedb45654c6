/**
 * Finished translations out as plain text, XLIFF and TMX (and, later, XLIFF back in): plain writers over pages of
 * {@link dev.tessera.translation.ExportRow}, streamed to the response.
 */
package dev.tessera.exchange;
