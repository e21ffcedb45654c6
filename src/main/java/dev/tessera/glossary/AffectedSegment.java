package dev.tessera.glossary;

import java.util.List;

/**
 * A translated segment whose glossary findings changed because terms or a project's glossaries changed.
 *
 * @param failing whether it now has open glossary errors
 * @param messages its glossary findings after the change (empty when it now passes)
 */
public record AffectedSegment(
        String projectSlug,
        long documentId,
        String documentName,
        long segmentId,
        int position,
        String locale,
        boolean failing,
        List<String> messages) {

    public AffectedSegment {
        messages = List.copyOf(messages);
    }

    /** The editor's address of the segment. */
    public String editorPath() {
        return "documents/" + documentId + "/" + locale + "?segment=" + segmentId;
    }
}
