package dev.tessera.glossary;

import java.util.List;

/**
 * What an import did: the concepts it created plus those it updated, the terms it wrote, and what it passed over.
 */
public record ImportResult(int concepts, int created, int updated, int terms, List<String> warnings) {}
