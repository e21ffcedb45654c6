package dev.tessera.memory;

import dev.tessera.memory.MemoryUnit.UnitHistory;
import dev.tessera.memory.MemoryUnit.UnitText;
import dev.tessera.memory.TmxReader.Code;
import dev.tessera.memory.TmxReader.TmxFile;
import dev.tessera.memory.TmxReader.Unit;
import dev.tessera.memory.TmxReader.Variant;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Locales;
import dev.tessera.shared.Sha256;
import dev.tessera.shared.Subject;
import dev.tessera.shared.UploadedText;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translation memories: created, listed and deleted by managers, filled from TMX files and written out as TMX 1.4b.
 * A TMX unit gives one memory unit per language other than the memory's source; an import is one transaction, and
 * a file that cannot be read changes nothing.
 */
@Service
public class MemoryService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Code>> CODES = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> PROPS = new TypeReference<>() {};

    private final MemoryRepository memories;
    private final MemoryUnitRepository units;
    private final CurrentUser currentUser;
    private final ProjectService projects;
    private final MemoryIndexKeeper index;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemoryService(
            MemoryRepository memories,
            MemoryUnitRepository units,
            CurrentUser currentUser,
            ProjectService projects,
            MemoryIndexKeeper index,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.memories = memories;
        this.units = units;
        this.currentUser = currentUser;
        this.projects = projects;
        this.index = index;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A memory as the API shows it; {@code project} names the project whose own memory it is. */
    public record MemoryInfo(
            long id,
            String name,
            String sourceLocale,
            long units,
            @Nullable String project) {}

    /** What an import did: the pairs the file held, and how many were new, newer, or already there. */
    public record ImportResult(int units, int created, int updated, int skipped, List<String> warnings) {}

    @Transactional(readOnly = true)
    public List<MemoryInfo> memories() {
        currentUser.require(Role.TRANSLATOR);
        Map<Long, Long> counts = memories.unitCounts();
        Map<Long, String> visibleProjects = new HashMap<>();
        projects.projects().forEach(p -> visibleProjects.put(p.id(), p.slug()));
        return memories.findAllByOrderByNameAsc().stream()
                .filter(m -> m.projectId() == null || visibleProjects.containsKey(m.projectId()))
                .map(m -> new MemoryInfo(
                        m.id(),
                        m.name(),
                        m.sourceLocale(),
                        counts.getOrDefault(m.id(), 0L),
                        m.projectId() == null ? null : visibleProjects.get(m.projectId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public MemoryInfo memory(long id) {
        currentUser.require(Role.TRANSLATOR);
        TranslationMemory memory = find(id);
        return info(memory, units.countByMemoryId(id));
    }

    @Transactional
    public MemoryInfo create(@Nullable String name, @Nullable String sourceLocale) {
        currentUser.require(Role.MANAGER);
        String cleaned = validName(name);
        String locale = Locales.canonical(sourceLocale);
        if (memories.existsByNameIgnoreCase(cleaned)) {
            throw ApiException.duplicate("There is already a memory named \"" + cleaned + "\".")
                    .text("memory.name-taken", cleaned);
        }
        return info(memories.save(new TranslationMemory(cleaned, locale, clock.instant())), 0);
    }

    @Transactional
    public MemoryInfo rename(long id, @Nullable String name) {
        currentUser.require(Role.MANAGER);
        TranslationMemory memory = find(id);
        String cleaned = validName(name);
        if (memories.existsByNameIgnoreCaseAndIdNot(cleaned, id)) {
            throw ApiException.duplicate("There is already a memory named \"" + cleaned + "\".")
                    .text("memory.name-taken", cleaned);
        }
        memory.rename(cleaned);
        return info(memory, units.countByMemoryId(id));
    }

    /** Deletes a memory of TMX files with its units and links; a project's own memory goes with its project. */
    @Transactional
    public void delete(long id) {
        currentUser.require(Role.MANAGER);
        TranslationMemory memory = find(id);
        if (memory.projectId() != null) {
            throw ApiException.invalidState("This is a project's own memory; it goes when the project is deleted.")
                    .text("memory.project-memory-undeletable");
        }
        List<Long> readers = readers(id);
        jdbc.sql("delete from memory_link where memory_id = ?").param(id).update();
        units.deleteByMemoryId(id);
        memories.delete(memory);
        index.memoryRemoved(id);
        readers.forEach(project -> events.publishEvent(new MemoryChanged(project, null)));
    }

    /** Reads the TMX file into the memory; the whole file or nothing. */
    @Transactional
    public ImportResult importTmx(long id, byte[] file) {
        currentUser.require(Role.MANAGER);
        TranslationMemory memory = find(id);
        TmxFile tmx;
        try {
            tmx = TmxReader.read(new ByteArrayInputStream(file));
        } catch (TmxReader.TmxFormatException e) {
            throw ApiException.validation("The TMX file cannot be read: " + e.getMessage())
                    .text("memory.tmx-unreadable", e.getMessage());
        }
        String source = memory.sourceLocale();
        if (tmx.sourceLocale() != null
                && !Locales.languageAndScript(tmx.sourceLocale()).equals(Locales.languageAndScript(source))) {
            throw ApiException.validation("The file's source language is " + tmx.sourceLocale() + ", the memory's is "
                            + source + "; import it into a memory of " + tmx.sourceLocale() + ".")
                    .text("memory.tmx-source-mismatch", tmx.sourceLocale(), source);
        }
        List<String> warnings = new ArrayList<>(tmx.warnings());
        List<Pair> pairs = new ArrayList<>();
        int skipped = 0;
        for (Unit unit : tmx.units()) {
            Variant original = sourceVariant(unit, source);
            if (original == null) {
                skipped++;
                continue;
            }
            for (Variant variant : unit.variants().values()) {
                if (variant != original) {
                    pairs.add(new Pair(unit, original, variant));
                }
            }
        }
        if (pairs.isEmpty() && !tmx.units().isEmpty()) {
            throw ApiException.validation("No unit of the file has both a " + source
                            + " variant and another language; nothing was imported.")
                    .text("memory.tmx-no-pairs", source);
        }
        int created = 0;
        int updated = 0;
        List<MatchIndex.IndexedUnit> added = new ArrayList<>();
        Map<String, List<MemoryUnit>> existing = existing(memory.id(), pairs);
        for (Pair pair : pairs) {
            UnitText original = text(pair.source());
            UnitText target = text(pair.target());
            UnitHistory history = history(pair.unit());
            List<MemoryUnit> sameSource =
                    existing.computeIfAbsent(key(pair.target().locale(), original.hash()), k -> new ArrayList<>());
            MemoryUnit same = sameSource.stream()
                    .filter(u -> u.targetHash().equals(target.hash()))
                    .findFirst()
                    .orElse(null);
            if (same == null) {
                MemoryUnit unit = new MemoryUnit(memory.id(), pair.target().locale(), original, target, history);
                units.save(unit);
                sameSource.add(unit);
                added.add(new MatchIndex.IndexedUnit(
                        unit.id(), memory.id(), unit.targetLocale(), unit.source(), memory.sourceLocale()));
                created++;
            } else if (history.changedAt() != null
                    && (same.changedAt() == null || history.changedAt().isAfter(same.changedAt()))) {
                same.record(history);
                updated++;
            } else {
                skipped++;
            }
        }
        index.added(added);
        if (created + updated > 0) {
            readers(memory.id()).forEach(project -> events.publishEvent(new MemoryChanged(project, null)));
        }
        return new ImportResult(pairs.size(), created, updated, skipped, List.copyOf(warnings));
    }

    /** The projects whose lookups read the memory: its own and those it is linked to. */
    private List<Long> readers(long memoryId) {
        return jdbc.sql("select project_id from memory_link where memory_id = ?"
                        + " union select project_id from translation_memory where id = ? and project_id is not null")
                .params(memoryId, memoryId)
                .query(Long.class)
                .list();
    }

    /** Writes the memory as TMX 1.4b; answers its name, for the file's. */
    @Transactional(readOnly = true)
    public String export(long id, OutputStream out) {
        currentUser.require(Role.TRANSLATOR);
        TranslationMemory memory = find(id);
        try (var stream = units.streamByMemoryId(id)) {
            TmxMemoryWriter.write(
                    memory.sourceLocale(), stream.map(this::exported).iterator(), clock.instant(), out);
        }
        return memory.name();
    }

    private TmxMemoryWriter.ExportedUnit exported(MemoryUnit unit) {
        return new TmxMemoryWriter.ExportedUnit(
                unit.source(),
                codes(unit.sourceCodes()),
                unit.targetLocale(),
                unit.target(),
                codes(unit.targetCodes()),
                unit.createdBy(),
                unit.createdAt(),
                unit.changedBy(),
                unit.changedAt(),
                unit.props() == null ? Map.of() : JSON.readValue(unit.props(), PROPS));
    }

    private record Pair(Unit unit, Variant source, Variant target) {}

    private Map<String, List<MemoryUnit>> existing(long memoryId, List<Pair> pairs) {
        Map<String, Set<String>> hashesByLocale = pairs.stream()
                .collect(Collectors.groupingBy(
                        p -> p.target().locale(),
                        Collectors.mapping(p -> Sha256.hex(p.source().text()), Collectors.toSet())));
        Map<String, List<MemoryUnit>> existing = new HashMap<>();
        hashesByLocale.forEach((locale, hashes) -> {
            List<String> all = List.copyOf(hashes);
            for (int i = 0; i < all.size(); i += 1000) {
                for (MemoryUnit unit : units.findByMemoryIdAndTargetLocaleAndSourceHashIn(
                        memoryId, locale, all.subList(i, Math.min(all.size(), i + 1000)))) {
                    existing.computeIfAbsent(key(locale, unit.sourceHash()), k -> new ArrayList<>())
                            .add(unit);
                }
            }
        });
        return existing;
    }

    /** The unit's variant in the memory's source locale: the same tag, else the same language and script. */
    private static @Nullable Variant sourceVariant(Unit unit, String source) {
        Variant exact = unit.variants().get(source);
        if (exact != null) {
            return exact;
        }
        return unit.variants().values().stream()
                .filter(v -> Locales.languageAndScript(v.locale()).equals(Locales.languageAndScript(source)))
                .findFirst()
                .orElse(null);
    }

    private static UnitText text(Variant variant) {
        return UnitText.of(variant.text(), variant.codes().isEmpty() ? null : JSON.writeValueAsString(variant.codes()));
    }

    private static UnitHistory history(Unit unit) {
        return new UnitHistory(
                unit.creationId(),
                unit.creationDate(),
                unit.changeId(),
                unit.changeDate(),
                unit.props().isEmpty() ? null : JSON.writeValueAsString(unit.props()));
    }

    private static List<Code> codes(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, CODES);
    }

    private static String key(String locale, String hash) {
        return locale.toLowerCase(Locale.ROOT) + " " + hash;
    }

    private static String validName(@Nullable String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 200) {
            throw ApiException.validation("A memory needs a name of 1 to 200 characters.")
                    .text("memory.name-invalid");
        }
        UploadedText.check(cleaned, Subject.NAME);
        return cleaned;
    }

    /** The memory, when the user may see it: a project's own memory only to those who see the project. */
    private TranslationMemory find(long id) {
        TranslationMemory memory = memories.findById(id)
                .orElseThrow(() -> ApiException.notFound("There is no translation memory " + id + ".")
                        .text("memory.not-found", String.valueOf(id)));
        if (memory.projectId() != null && projects.project(memory.projectId()).isEmpty()) {
            throw ApiException.notFound("There is no translation memory " + id + ".")
                    .text("memory.not-found", String.valueOf(id));
        }
        return memory;
    }

    private MemoryInfo info(TranslationMemory memory, long count) {
        String project = memory.projectId() == null
                ? null
                : projects.project(memory.projectId()).map(ProjectInfo::slug).orElse(null);
        return new MemoryInfo(memory.id(), memory.name(), memory.sourceLocale(), count, project);
    }
}
