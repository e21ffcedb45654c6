package dev.tessera.glossary;

/** A term as term matching needs it, with the few facts of its concept that the checks use. */
public record GlossaryTerm(
        long conceptId,
        String locale,
        String text,
        TermStatus status,
        boolean caseSensitive,
        String partOfSpeech,
        boolean doNotTranslate,
        FirstUse firstUse) {

    public GlossaryTerm(
            long conceptId,
            String locale,
            String text,
            TermStatus status,
            boolean caseSensitive,
            String partOfSpeech,
            boolean doNotTranslate) {
        this(conceptId, locale, text, status, caseSensitive, partOfSpeech, doNotTranslate, null);
    }

    boolean approved() {
        return status != TermStatus.FORBIDDEN;
    }
}
