package dev.tessera.glossary;

import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Sha256;
import dev.tessera.shared.StartupMarkers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A glossary and its file in the {@code glossary/} folder ({@code <name>.tbx}, TBX-Basic v2). The database
 * remembers the hash of the file it last read or wrote, and whether its concepts changed since. At start-up a
 * changed file is read when the database did not change; when both changed, the database is kept and the conflict
 * recorded, until a manager keeps the database (writes it to the folder) or takes the file (reads it).
 */
@Service
public class FolderSync {

    /** What the start-up did with one folder file. */
    public enum Outcome {
        UNCHANGED,
        LOADED,
        CONFLICT,
        UNREADABLE
    }

    private static final Logger log = LoggerFactory.getLogger(FolderSync.class);
    private static final String MARKER = "glossary.file.";

    private final GlossaryService service;
    private final GlossaryRepository glossaries;
    private final StartupMarkers markers;
    private final CurrentUser currentUser;
    private final Path folder;

    FolderSync(
            GlossaryService service,
            GlossaryRepository glossaries,
            StartupMarkers markers,
            CurrentUser currentUser,
            @Value("${tessera.glossary-dir:./glossary}") Path folder) {
        this.service = service;
        this.glossaries = glossaries;
        this.markers = markers;
        this.currentUser = currentUser;
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /**
     * The start-up rule for the folder file {@code <baseName>.tbx}: unchanged since it was last read or written →
     * nothing; changed and the glossary's concepts not changed since → read (the glossary made what the file
     * holds); both changed → the database is kept and the conflict recorded.
     */
    @Transactional
    public Outcome atStartup(String baseName, byte[] bytes) {
        currentUser.require(Role.ADMIN);
        String hash = Sha256.hex(bytes);
        Optional<Glossary> glossary = glossaryOfFile(baseName);
        if (markers.value(MARKER + baseName).orElse("").equals(hash)) {
            glossary.filter(g -> g.folderConflict() != null).ifPresent(g -> g.conflict(null));
            return Outcome.UNCHANGED;
        }
        try {
            TbxReader.read(new ByteArrayInputStream(bytes));
        } catch (GlossaryFormatException e) {
            log.warn("Glossary folder: {}.tbx was not read: {}", baseName, e.getMessage());
            return Outcome.UNREADABLE;
        }
        if (glossary.isPresent() && glossary.get().changedSinceSync()) {
            glossary.get().conflict(hash);
            log.warn(
                    "Glossary folder: {}.tbx changed, and so did the glossary '{}' in the database since they were"
                            + " last in sync; the database is kept and the conflict shown on the glossary's page.",
                    baseName,
                    glossary.get().name());
            return Outcome.CONFLICT;
        }
        try {
            ImportResult result =
                    glossary.isPresent() ? service.loadFile(glossary.get(), bytes) : service.loadFile(baseName, bytes);
            markers.remember(MARKER + baseName, hash);
            log.info(
                    "Glossary folder: {}.tbx read: {} concepts, {} terms, {} warnings",
                    baseName,
                    result.concepts(),
                    result.terms(),
                    result.warnings().size());
            return Outcome.LOADED;
        } catch (ApiException e) {
            log.warn("Glossary folder: {}.tbx was not read: {}", baseName, e.getMessage());
            return Outcome.UNREADABLE;
        }
    }

    /**
     * Writes the glossary to its folder file as TBX-Basic v2 (MANAGER and up) and remembers that the database and
     * the file are in sync; a recorded conflict is settled in favour of the database.
     */
    @Transactional
    public FolderSaved saveToFolder(long glossaryId) {
        currentUser.require(Role.MANAGER);
        Glossary glossary = service.glossaryEntity(glossaryId);
        service.assignExternalIds(glossaryId);
        List<ConceptView> concepts = service.allConcepts(glossaryId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TbxWriter.write(glossary.name(), concepts, TbxWriter.Version.V2, out);
        byte[] bytes = out.toByteArray();
        String baseName = baseName(glossary.name());
        markers.remember(MARKER + baseName, Sha256.hex(bytes));
        glossary.synced();
        glossaries.saveAndFlush(glossary);
        write(folder.resolve(baseName + ".tbx"), bytes);
        return new FolderSaved(
                shown(baseName),
                concepts.size(),
                concepts.stream().mapToInt(c -> c.terms().size()).sum());
    }

    /**
     * Reads the glossary's folder file into it (MANAGER and up): the glossary becomes what the file holds (concepts
     * the file lacks are deleted) and a recorded conflict is settled in favour of the file.
     */
    @Transactional
    public ImportResult takeFile(long glossaryId) {
        currentUser.require(Role.MANAGER);
        Glossary glossary = service.glossaryEntity(glossaryId);
        String baseName = baseName(glossary.name());
        byte[] bytes = read(folder.resolve(baseName + ".tbx"))
                .orElseThrow(() -> ApiException.notFound("There is no file " + shown(baseName) + " to read.")
                        .text("glossary.folder-file-missing", shown(baseName)));
        ImportResult result = service.loadFile(glossary, bytes);
        markers.remember(MARKER + baseName, Sha256.hex(bytes));
        return result;
    }

    /** The glossary's conflict with its folder file, or null when there is none. */
    @Transactional(readOnly = true)
    public FolderConflict conflict(long glossaryId) {
        currentUser.require(Role.TRANSLATOR);
        Glossary glossary = service.glossaryEntity(glossaryId);
        if (glossary.folderConflict() == null) {
            return null;
        }
        String baseName = baseName(glossary.name());
        List<ParsedConcept> inFile = List.of();
        try {
            Optional<byte[]> bytes = read(folder.resolve(baseName + ".tbx"));
            if (bytes.isPresent()) {
                inFile = TbxReader.read(new ByteArrayInputStream(bytes.get())).concepts();
            }
        } catch (GlossaryFormatException e) {
            log.warn("Glossary folder: {}.tbx cannot be read for the conflict: {}", baseName, e.getMessage());
        }
        return new FolderConflict(shown(baseName), differences(service.allConcepts(glossaryId), inFile));
    }

    /** The concepts, matched by file id, whose database and file versions differ, in the database's order. */
    static List<FolderConflict.Difference> differences(List<ConceptView> database, List<ParsedConcept> file) {
        Map<String, ConceptView> fromFile = new LinkedHashMap<>();
        for (ParsedConcept concept : file) {
            String id = concept.id() == null ? "(no id " + (fromFile.size() + 1) + ")" : concept.id();
            fromFile.putIfAbsent(id, view(id, concept));
        }
        List<FolderConflict.Difference> differences = new ArrayList<>();
        for (ConceptView concept : database) {
            String id = concept.externalId() != null ? concept.externalId() : "c" + concept.id();
            ConceptView other = fromFile.remove(id);
            if (other == null || !sameContent(concept, other)) {
                differences.add(new FolderConflict.Difference(id, concept, other));
            }
        }
        fromFile.forEach((id, concept) -> differences.add(new FolderConflict.Difference(id, null, concept)));
        return differences;
    }

    private static ConceptView view(String id, ParsedConcept concept) {
        return new ConceptView(
                null,
                id,
                concept.definition(),
                concept.note(),
                concept.domain(),
                concept.doNotTranslate(),
                concept.firstUse(),
                concept.terms().stream()
                        .map(t -> new TermView(
                                t.locale(),
                                t.text(),
                                t.status() == null ? TermStatus.PREFERRED : t.status(),
                                t.caseSensitive() != null ? t.caseSensitive() : Term.isAcronym(t.text()),
                                t.partOfSpeech()))
                        .toList());
    }

    private static boolean sameContent(ConceptView a, ConceptView b) {
        Comparator<TermView> order = Comparator.comparing(TermView::locale)
                .thenComparing(TermView::text)
                .thenComparing(t -> t.status().name());
        TreeSet<TermView> termsA = new TreeSet<>(order);
        termsA.addAll(a.terms());
        TreeSet<TermView> termsB = new TreeSet<>(order);
        termsB.addAll(b.terms());
        return Objects.equals(a.definition(), b.definition())
                && Objects.equals(a.note(), b.note())
                && Objects.equals(a.domain(), b.domain())
                && a.doNotTranslate() == b.doNotTranslate()
                && a.firstUse() == b.firstUse()
                && new ArrayList<>(termsA).equals(new ArrayList<>(termsB));
    }

    /** The glossary a folder file belongs to: the one named as the file, else the one whose file name it is. */
    private Optional<Glossary> glossaryOfFile(String baseName) {
        Optional<Glossary> exact = glossaries.findByName(baseName);
        if (exact.isPresent()) {
            return exact;
        }
        List<Glossary> named = glossaries.findAll().stream()
                .filter(g -> baseName(g.name()).equals(baseName))
                .toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** The glossary's file name without {@code .tbx}: its name with anything but letters, digits, . _ - made a dash. */
    static String baseName(String glossaryName) {
        return dev.tessera.shared.FileNames.safe(glossaryName);
    }

    private String shown(String baseName) {
        Path name = folder.getFileName();
        return (name == null ? "" : name + "/") + baseName + ".tbx";
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes beside the file first and then moves it into place, so that the folder never holds half a file. */
    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".tessera-", ".tbx.tmp");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The glossary could not be written to " + file + ": " + e.getMessage(), e);
        }
    }
}
