package dev.tessera.translation;

/** How many translations of a document in one locale have a status. */
record StatusCount(Long documentId, String locale, TranslationStatus status, Long count) {}
