package dev.tessera.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A term of a concept in one locale: its text, how it may be used, and whether case matters. */
@Entity
class Term {

    static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "term_seq")
    @SequenceGenerator(name = "term_seq", sequenceName = "term_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "concept_id")
    private Concept concept;

    @Column(nullable = false, length = 64)
    private String locale;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TermStatus status;

    @Column(name = "case_sensitive", nullable = false)
    private boolean caseSensitive;

    @Column(name = "part_of_speech", length = 100)
    private String partOfSpeech;

    @Column(length = 4000)
    private String note;

    protected Term() {}

    Term(Concept concept, ParsedTerm parsed) {
        this.concept = concept;
        this.locale = parsed.locale();
        this.text = parsed.text();
        this.status = parsed.status() == null ? TermStatus.PREFERRED : parsed.status();
        this.caseSensitive = parsed.caseSensitive() != null ? parsed.caseSensitive() : isAcronym(parsed.text());
        this.partOfSpeech =
                parsed.partOfSpeech() == null || parsed.partOfSpeech().length() > 100 ? null : parsed.partOfSpeech();
        this.note = parsed.note() == null || parsed.note().length() > 4000 ? null : parsed.note();
    }

    /** All-caps acronyms (CPEC, JCC, ETIM) match only in capitals; other terms in any case. */
    static boolean isAcronym(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    String note() {
        return note;
    }

    TermView view() {
        return new TermView(locale, text, status, caseSensitive, partOfSpeech);
    }
}
