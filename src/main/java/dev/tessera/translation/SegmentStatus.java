package dev.tessera.translation;

/** The status of one segment's translation in one locale: all progress needs of a translation. */
record SegmentStatus(long segmentId, String locale, TranslationStatus status) {}
