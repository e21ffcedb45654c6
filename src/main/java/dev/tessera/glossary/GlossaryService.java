package dev.tessera.glossary;

import dev.tessera.project.ProjectService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.shared.Subject;
import dev.tessera.shared.UploadLimits;
import dev.tessera.shared.UploadedText;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Glossaries: creating them, importing TBX and CSV into them (merged by concept id), and searching them. */
@Service
public class GlossaryService {

    /** The file formats an import reads. */
    public enum Format {
        TBX,
        CSV,
        TSV
    }

    /** The two locales of a bilingual list without a header (OmegaT's tab-separated glossaries, plain CSV pairs). */
    public record ListLocales(String source, String target) {}

    private static final int SEARCH_LIMIT = 500;

    private final GlossaryRepository glossaries;
    private final ConceptRepository concepts;
    private final CurrentUser currentUser;
    private final UploadLimits limits;
    private final Clock clock;
    private final ProjectService projects;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<GlossaryDependents> dependents;

    GlossaryService(
            GlossaryRepository glossaries,
            ConceptRepository concepts,
            CurrentUser currentUser,
            UploadLimits limits,
            Clock clock,
            ProjectService projects,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            ObjectProvider<GlossaryDependents> dependents) {
        this.publisher = publisher;
        this.dependents = dependents;
        this.projects = projects;
        this.jdbc = jdbc;
        this.glossaries = glossaries;
        this.concepts = concepts;
        this.currentUser = currentUser;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<GlossarySummary> glossaries() {
        currentUser.require(Role.TRANSLATOR);
        return glossaries.summaries();
    }

    @Transactional
    public GlossarySummary create(String name) {
        currentUser.require(Role.MANAGER);
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty() || checked.length() > 200) {
            throw ApiException.validation("\"name\" is required: 1 to 200 characters.")
                    .text("glossary.name-invalid");
        }
        UploadedText.check(checked, Subject.NAME);
        if (glossaries.existsByName(checked)) {
            throw ApiException.duplicate("There is a glossary named \"" + checked + "\" already.")
                    .text("glossary.name-taken", checked);
        }
        try {
            Glossary glossary = glossaries.saveAndFlush(new Glossary(checked, clock.instant()));
            return new GlossarySummary(glossary.id(), glossary.name(), 0, 0);
        } catch (DataIntegrityViolationException e) {
            throw ApiException.duplicate("There is a glossary named \"" + checked + "\" already.")
                    .text("glossary.name-taken", checked);
        }
    }

    /**
     * Reads a TBX or CSV file whole, then merges it into the glossary in one transaction: a concept with the id of
     * one already there is updated (its terms replaced), any other is added. A file that cannot be read changes
     * nothing (400 naming the place); a file over the upload limit is refused as soon as the limit is passed (413).
     */
    @Transactional
    public ImportResult importFile(long glossaryId, Format format, InputStream content, long declaredLength) {
        return importFile(glossaryId, format, null, content, declaredLength);
    }

    /**
     * As {@link #importFile(long, Format, InputStream, long)}; with {@code list} locales a CSV or TSV file is read as
     * a bilingual list without a header ({@code source, target[, comment]} per row).
     */
    @Transactional
    public ImportResult importFile(
            long glossaryId, Format format, ListLocales list, InputStream content, long declaredLength) {
        currentUser.require(Role.MANAGER);
        find(glossaryId);
        ListLocales locales = list == null
                ? null
                : new ListLocales(Locales.canonical(list.source()), Locales.canonical(list.target()));
        return merge(glossaryId, parse(format, locales, limits.readDocument(content, declaredLength)), false);
    }

    /**
     * Merges the file into the glossary by concept id, and with {@code replace} deletes the concepts the file does
     * not have; the change is announced once.
     */
    private ImportResult merge(long glossaryId, GlossaryFile file, boolean replace) {
        List<ParsedConcept> parsed = file.concepts();
        List<String> warnings = new ArrayList<>(file.warnings());
        Map<String, Concept> existing = new HashMap<>();
        List<String> ids = parsed.stream()
                .map(ParsedConcept::id)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            concepts.findByGlossaryIdAndExternalIdIn(glossaryId, ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach(concept -> existing.put(concept.externalId(), concept));
        }
        int created = 0;
        int updated = 0;
        int terms = 0;
        List<Concept> changed = new ArrayList<>();
        for (ParsedConcept concept : parsed) {
            ParsedConcept usable = usable(concept, warnings);
            String externalId = concept.id() == null || concept.id().length() > 200 ? null : concept.id();
            Concept target = externalId == null ? null : existing.get(externalId);
            if (target == null) {
                target = new Concept(glossaryId, externalId);
                if (externalId != null) {
                    existing.put(externalId, target);
                }
                created++;
            } else {
                updated++;
            }
            target.update(usable);
            terms += usable.terms().size();
            changed.add(target);
        }
        concepts.saveAll(changed);
        java.util.Set<Long> touched = new java.util.HashSet<>();
        if (replace) {
            java.util.Set<Concept> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            kept.addAll(changed);
            List<Concept> gone = concepts.findByGlossaryIdOrderById(glossaryId).stream()
                    .filter(c -> !kept.contains(c))
                    .toList();
            concepts.deleteAll(gone);
            gone.forEach(c -> touched.add(c.id()));
        }
        concepts.flush();
        changed.forEach(c -> touched.add(c.id()));
        announce(glossaryId, touched);
        return new ImportResult(created + updated, created, updated, terms, warnings);
    }

    /**
     * Creates the glossary if there is none of that name, and makes it what the TBX file holds (the glossary
     * folder): the file's concepts are merged by id, concepts the file no longer has are deleted, and the glossary is
     * then in sync with the folder.
     */
    @Transactional
    public ImportResult loadFile(String name, byte[] tbx) {
        currentUser.require(Role.ADMIN);
        Glossary glossary = glossaries
                .findByName(name)
                .orElseGet(() -> glossaries.saveAndFlush(new Glossary(name, clock.instant())));
        return loadFile(glossary, tbx);
    }

    /** Makes the glossary what the TBX file holds, in the caller's transaction; the glossary is then in sync. */
    ImportResult loadFile(Glossary glossary, byte[] tbx) {
        ImportResult result = merge(
                glossary.id(),
                parse(Format.TBX, null, limits.readDocument(new ByteArrayInputStream(tbx), tbx.length)),
                true);
        glossaries.findById(glossary.id()).orElseThrow().synced();
        return result;
    }

    /** The id of the glossary of that name, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String name) {
        currentUser.require(Role.TRANSLATOR);
        return glossaries.findByName(name).map(Glossary::id);
    }

    /** Writes the whole glossary as TBX-Basic (v2 unless v3 is asked for). */
    @Transactional(readOnly = true)
    public void exportTbx(long glossaryId, TbxWriter.Version version, java.io.OutputStream out) {
        currentUser.require(Role.TRANSLATOR);
        Glossary glossary = find(glossaryId);
        TbxWriter.write(glossary.name(), allConcepts(glossaryId), version, out);
    }

    /** The whole glossary as wide CSV ({@link CsvGlossaryWriter}). */
    @Transactional(readOnly = true)
    public byte[] exportCsv(long glossaryId) {
        currentUser.require(Role.TRANSLATOR);
        find(glossaryId);
        return CsvGlossaryWriter.write(allConcepts(glossaryId));
    }

    /** The glossary's name, after checking that it exists. */
    @Transactional(readOnly = true)
    public String name(long glossaryId) {
        currentUser.require(Role.TRANSLATOR);
        return find(glossaryId).name();
    }

    /** The glossary's concepts whose terms or definition contain the text (all of them when it is blank). */
    @Transactional(readOnly = true)
    public List<ConceptView> concepts(long glossaryId, String query) {
        currentUser.require(Role.TRANSLATOR);
        find(glossaryId);
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return concepts.search(glossaryId, pattern, PageRequest.of(0, SEARCH_LIMIT)).stream()
                .map(Concept::view)
                .toList();
    }

    /** Links the glossary to the project (MANAGER and up); linking twice changes nothing. */
    @Transactional
    public void link(String projectSlug, long glossaryId) {
        long projectId = projects.managed(projectSlug).id();
        find(glossaryId);
        if (linkedIds(projectId).contains(glossaryId)) {
            return;
        }
        jdbc.sql("insert into project_glossary (project_id, glossary_id) values (?, ?)")
                .params(projectId, glossaryId)
                .update();
        dependents.forEach(d -> d.projectGlossariesChanged(projectId));
    }

    /** Unlinks the glossary from the project (MANAGER and up); the glossary itself stays. */
    @Transactional
    public void unlink(String projectSlug, long glossaryId) {
        long projectId = projects.managed(projectSlug).id();
        find(glossaryId);
        int unlinked = jdbc.sql("delete from project_glossary where project_id = ? and glossary_id = ?")
                .params(projectId, glossaryId)
                .update();
        if (unlinked > 0) {
            dependents.forEach(d -> d.projectGlossariesChanged(projectId));
        }
    }

    /** The glossaries linked to the project. */
    @Transactional(readOnly = true)
    public List<GlossarySummary> linked(String projectSlug) {
        currentUser.require(Role.TRANSLATOR);
        List<Long> ids = linkedIds(projects.project(projectSlug).id());
        return glossaries.summaries().stream().filter(g -> ids.contains(g.id())).toList();
    }

    /**
     * Tells the term index and the glossary's dependents that terms changed, in the caller's transaction, and
     * answers the segments whose glossary findings changed. Every change of terms goes through here.
     */
    List<AffectedSegment> announce(long glossaryId, java.util.Set<Long> conceptIds) {
        glossaries.findById(glossaryId).ifPresent(Glossary::changed);
        publisher.publishEvent(new TermChanged(glossaryId, conceptIds));
        List<AffectedSegment> affected = new ArrayList<>();
        dependents.forEach(d -> affected.addAll(d.glossaryChanged(glossaryId)));
        return affected;
    }

    /** The glossary with its totals. */
    @Transactional(readOnly = true)
    public GlossarySummary glossary(long glossaryId) {
        currentUser.require(Role.TRANSLATOR);
        find(glossaryId);
        return glossaries.summaries().stream()
                .filter(g -> g.id() == glossaryId)
                .findFirst()
                .orElseThrow();
    }

    /** One concept of the glossary (404 when the glossary has none of that id). */
    @Transactional(readOnly = true)
    public ConceptView concept(long glossaryId, long conceptId) {
        currentUser.require(Role.TRANSLATOR);
        return findConcept(glossaryId, conceptId).view();
    }

    /**
     * Adds a concept (conceptId null) or replaces an existing one's description and terms (MANAGER and up). Term
     * locales are made canonical; a term's case sensitivity is automatic (all-caps acronyms) unless given. An
     * input that is not valid changes nothing (400 naming the term). Answers the segments whose glossary findings
     * changed.
     */
    @Transactional
    public ConceptSaved saveConcept(long glossaryId, Long conceptId, ConceptInput input) {
        currentUser.require(Role.MANAGER);
        find(glossaryId);
        Concept concept = conceptId == null ? null : findConcept(glossaryId, conceptId);
        ParsedConcept parsed = ConceptInputs.checked(input, concept == null ? Map.of() : termNotes(concept));
        if (concept == null) {
            concept = concepts.saveAndFlush(new Concept(glossaryId, null));
            concept.assignExternalId(freeExternalId(glossaryId, concept.id()));
        }
        concept.update(parsed);
        concepts.saveAndFlush(concept);
        List<AffectedSegment> affected = announce(glossaryId, java.util.Set.of(concept.id()));
        return new ConceptSaved(concept.view(), affected);
    }

    /** Deletes the concept and its terms (MANAGER and up); answers the segments whose glossary findings changed. */
    @Transactional
    public List<AffectedSegment> deleteConcept(long glossaryId, long conceptId) {
        currentUser.require(Role.MANAGER);
        Concept concept = findConcept(glossaryId, conceptId);
        concepts.delete(concept);
        concepts.flush();
        return announce(glossaryId, java.util.Set.of(conceptId));
    }

    /** Every concept of the glossary, in id order (exports, the folder). */
    List<ConceptView> allConcepts(long glossaryId) {
        return concepts.findByGlossaryIdOrderById(glossaryId).stream()
                .map(Concept::view)
                .toList();
    }

    /**
     * Gives every concept without a file id one ({@code c} and its database id, as the TBX export names it), so that
     * the folder file reads back into the same concepts.
     */
    void assignExternalIds(long glossaryId) {
        for (Concept concept : concepts.findByGlossaryIdOrderById(glossaryId)) {
            if (concept.externalId() == null) {
                concept.assignExternalId(freeExternalId(glossaryId, concept.id()));
                concepts.saveAndFlush(concept);
            }
        }
    }

    Glossary glossaryEntity(long glossaryId) {
        return find(glossaryId);
    }

    private String freeExternalId(long glossaryId, long conceptId) {
        String id = "c" + conceptId;
        for (int n = 2; concepts.existsByGlossaryIdAndExternalId(glossaryId, id); n++) {
            id = "c" + conceptId + "-" + n;
        }
        return id;
    }

    /** The notes of the concept's terms by locale and text, kept when an edit keeps the term. */
    private static Map<String, String> termNotes(Concept concept) {
        Map<String, String> notes = new HashMap<>();
        concept.terms().stream()
                .filter(t -> t.note() != null)
                .forEach(t ->
                        notes.put(ConceptInputs.key(t.view().locale(), t.view().text()), t.note()));
        return notes;
    }

    private Concept findConcept(long glossaryId, long conceptId) {
        find(glossaryId);
        return concepts.findById(conceptId)
                .filter(c -> c.glossaryId() == glossaryId)
                .orElseThrow(() -> ApiException.notFound(
                                "Glossary " + glossaryId + " has no concept " + conceptId + ".")
                        .text("glossary.concept-not-found", String.valueOf(glossaryId), String.valueOf(conceptId)));
    }

    private List<Long> linkedIds(long projectId) {
        return jdbc.sql("select glossary_id from project_glossary where project_id = ?")
                .param(projectId)
                .query(Long.class)
                .list();
    }

    private static GlossaryFile parse(Format format, ListLocales list, byte[] bytes) {
        try {
            if (format == Format.TBX) {
                return TbxReader.read(new ByteArrayInputStream(bytes));
            }
            char delimiter = format == Format.TSV ? '\t' : ',';
            String text = CsvGlossaryReader.decode(bytes);
            return list == null
                    ? CsvGlossaryReader.read(text, delimiter)
                    : CsvGlossaryReader.readList(text, delimiter, list.source(), list.target());
        } catch (GlossaryFormatException e) {
            throw ApiException.validation(e.getMessage()).text("glossary.file-invalid", e.getMessage());
        }
    }

    /** Terms too long to be terms are passed over, with a warning. */
    private static ParsedConcept usable(ParsedConcept concept, List<String> warnings) {
        List<ParsedTerm> kept = new ArrayList<>();
        for (ParsedTerm term : concept.terms()) {
            if (term.text().length() > Term.MAX_TEXT) {
                warnings.add(
                        "Concept " + concept.id() + ": a term of " + term.text().length() + " characters in "
                                + term.locale() + " is longer than " + Term.MAX_TEXT + " and was passed over.");
            } else {
                kept.add(term);
            }
        }
        return new ParsedConcept(
                concept.id(),
                concept.definition(),
                concept.note(),
                concept.domain(),
                kept,
                concept.doNotTranslate(),
                concept.firstUse());
    }

    private Glossary find(long glossaryId) {
        return glossaries
                .findById(glossaryId)
                .orElseThrow(() -> ApiException.notFound("There is no glossary " + glossaryId + ".")
                        .text("glossary.not-found", String.valueOf(glossaryId)));
    }
}
