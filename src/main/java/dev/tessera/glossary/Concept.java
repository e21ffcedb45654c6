package dev.tessera.glossary;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;

/** One meaning in a glossary, with its terms in every locale. */
@Entity
class Concept {

    private static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concept_seq")
    @SequenceGenerator(name = "concept_seq", sequenceName = "concept_seq", allocationSize = 50)
    private Long id;

    @Column(name = "glossary_id", nullable = false)
    private Long glossaryId;

    /** The concept's id in the file it came from; an import with the same id updates it. */
    @Column(name = "external_id", length = 200)
    private String externalId;

    @Column(length = MAX_TEXT)
    private String definition;

    @Column(length = MAX_TEXT)
    private String note;

    @Column(length = 200)
    private String domain;

    @Column(name = "do_not_translate", nullable = false)
    private boolean doNotTranslate;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_use", length = 20)
    private FirstUse firstUse;

    @OneToMany(mappedBy = "concept", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Term> terms = new ArrayList<>();

    protected Concept() {}

    Concept(Long glossaryId, String externalId) {
        this.glossaryId = glossaryId;
        this.externalId = externalId;
    }

    /** Takes the file's description and replaces the terms with the file's. */
    void update(ParsedConcept parsed) {
        definition = cut(parsed.definition(), MAX_TEXT);
        note = cut(parsed.note(), MAX_TEXT);
        domain = cut(parsed.domain(), 200);
        doNotTranslate = parsed.doNotTranslate();
        firstUse = parsed.firstUse();
        terms.clear();
        for (ParsedTerm term : parsed.terms()) {
            terms.add(new Term(this, term));
        }
    }

    ConceptView view() {
        return new ConceptView(
                id,
                externalId,
                definition,
                note,
                domain,
                doNotTranslate,
                firstUse,
                terms.stream().map(Term::view).toList());
    }

    Long glossaryId() {
        return glossaryId;
    }

    void assignExternalId(String id) {
        externalId = id;
    }

    Long id() {
        return id;
    }

    String externalId() {
        return externalId;
    }

    List<Term> terms() {
        return terms;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
