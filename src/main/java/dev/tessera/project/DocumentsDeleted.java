package dev.tessera.project;

import java.util.List;

/**
 * Documents are about to be deleted (on their own or with their project): the features that keep work on their
 * segments delete it first, in the same transaction.
 */
public record DocumentsDeleted(List<Long> documentIds) {

    public DocumentsDeleted {
        documentIds = List.copyOf(documentIds);
    }
}
