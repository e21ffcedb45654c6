package dev.tessera.memory;

import dev.tessera.memory.MatchScoring.Penalty;
import dev.tessera.memory.ProjectMemories.Source;
import dev.tessera.project.DocumentInfo;
import dev.tessera.project.DocumentService;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.SegmentInfo;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.Sha256;
import dev.tessera.translation.TranslationService;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the memory units closest to a segment's source in the memories its project reads: exact and context
 * matches by hash in the database (right even while the index rebuilds), similar ones from the index's candidates,
 * each rescored by {@link MatchScoring} and charged the unit's and the memory's penalties.
 */
@Service
public class MatchService {

    static final int CANDIDATES = 200;
    private static final Timer LOOKUPS = Timer.builder("tessera.memory.lookups")
            .description("Similar units found in the match index and scored, for one segment")
            .publishPercentiles(0.5, 0.95)
            .register(Metrics.globalRegistry);
    static final int MAX_LIMIT = 50;

    private final DocumentService documents;
    private final ProjectMemories projectMemories;
    private final MemoryUnitRepository units;
    private final MemoryIndexKeeper index;

    MatchService(
            DocumentService documents,
            ProjectMemories projectMemories,
            MemoryUnitRepository units,
            MemoryIndexKeeper index) {
        this.documents = documents;
        this.projectMemories = projectMemories;
        this.units = units;
        this.index = index;
    }

    /**
     * A segment's source with its neighbours' (empty at the document's ends), as a lookup needs it: the neighbours
     * tell a CONTEXT match from an EXACT one.
     */
    public record Lookup(long segmentId, String source, String previousSource, String nextSource) {

        String contextHash() {
            return MemoryUnit.contextHash(previousSource, nextSource);
        }
    }

    /** The best matches for the segment in the locale, best first, none below the threshold. */
    @Transactional(readOnly = true)
    public List<Match> matches(long documentId, long segmentId, String locale, int limit, int threshold) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.validation("\"limit\" must be 1 to " + MAX_LIMIT + ".")
                    .text("memory.match-limit-invalid", MAX_LIMIT);
        }
        if (threshold < 0 || threshold > 100) {
            throw ApiException.validation("\"threshold\" must be 0 to 100.").text("memory.match-threshold-invalid");
        }
        DocumentInfo document = documents.document(documentId);
        SegmentInfo segment = documents.segment(documentId, segmentId);
        String target = TranslationService.targetLocale(document, locale);
        return find(document.project(), sources(document.project()), target, lookup(segment), limit, threshold);
    }

    /**
     * The matches of the given segments of the document in the locale, by segment id, for a caller that walks the
     * document itself (an export, a page at a time) and knows each segment's neighbours; segments without a match
     * are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Match>> matches(
            long documentId, String locale, List<Lookup> lookups, int limit, int threshold) {
        DocumentInfo document = documents.document(documentId);
        String target = TranslationService.targetLocale(document, locale);
        Map<Long, List<Match>> bySegment = new LinkedHashMap<>();
        if (lookups.isEmpty()) {
            return bySegment;
        }
        Map<Long, Source> sources = sources(document.project());
        for (Lookup lookup : lookups) {
            List<Match> found = find(document.project(), sources, target, lookup, limit, threshold);
            if (!found.isEmpty()) {
                bySegment.put(lookup.segmentId(), found);
            }
        }
        return bySegment;
    }

    /**
     * Whether a memory the document's project reads holds any unit in the locale: when none does, no lookup can
     * find a match, and a caller about to look up every segment can skip them all.
     */
    @Transactional(readOnly = true)
    public boolean anyUnits(long documentId, String locale) {
        DocumentInfo document = documents.document(documentId);
        String target = TranslationService.targetLocale(document, locale);
        Map<Long, Source> sources = sources(document.project());
        return !sources.isEmpty() && units.existsByMemoryIdInAndTargetLocale(sources.keySet(), target);
    }

    private Map<Long, Source> sources(ProjectInfo project) {
        Map<Long, Source> sources = new LinkedHashMap<>();
        projectMemories.sources(project).forEach(s -> sources.put(s.id(), s));
        return sources;
    }

    /** The lookups of every segment of the document, in order, with their neighbours. */
    List<Lookup> lookups(long documentId) {
        List<SegmentInfo> all = documents.segments(documentId, org.springframework.data.domain.Pageable.unpaged());
        List<Lookup> lookups = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            lookups.add(new Lookup(
                    all.get(i).id(),
                    all.get(i).source(),
                    i == 0 ? "" : all.get(i - 1).source(),
                    i == all.size() - 1 ? "" : all.get(i + 1).source()));
        }
        return lookups;
    }

    private Lookup lookup(SegmentInfo segment) {
        String previous = "";
        String next = "";
        for (SegmentInfo around : documents.segmentsAfter(segment.documentId(), segment.position() - 2, 3)) {
            if (around.position() == segment.position() - 1) {
                previous = around.source();
            } else if (around.position() == segment.position() + 1) {
                next = around.source();
            }
        }
        return new Lookup(segment.id(), segment.source(), previous, next);
    }

    /** The matches of one lookup among the project's memories. */
    List<Match> find(
            ProjectInfo project,
            Map<Long, Source> sources,
            String targetLocale,
            Lookup lookup,
            int limit,
            int threshold) {
        if (sources.isEmpty()) {
            return List.of();
        }
        String locale = project.sourceLocale();
        List<MemoryUnit> exact = units.findByMemoryIdInAndTargetLocaleAndSourceHash(
                sources.keySet(), targetLocale, Sha256.hex(lookup.source()));
        Set<Long> seen = new HashSet<>();
        exact.forEach(u -> seen.add(u.id()));
        Timer.Sample sample = Timer.start();
        List<MatchIndex.Candidate> candidates = index.index()
                .candidates(lookup.source(), locale, targetLocale, sources.keySet(), threshold, CANDIDATES);
        List<MatchRanking.Ranked> similar =
                MatchRanking.rank(candidates, lookup.source(), locale, threshold, MatchRanking.keepFor(limit), seen);
        sample.stop(LOOKUPS);
        List<MemoryUnit> rows = new ArrayList<>(exact);
        rows.addAll(
                units.findAllById(similar.stream().map(MatchRanking.Ranked::id).toList()));
        List<Match> matches = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        String context = lookup.contextHash();
        for (MemoryUnit unit : rows) {
            Source source = sources.get(unit.memoryId());
            if (source == null || (unit.segmentId() != null && unit.segmentId() == lookup.segmentId())) {
                continue;
            }
            Match match = match(unit, source, lookup, context, locale);
            if (match.score() >= threshold) {
                matches.add(match);
            }
        }
        matches.sort(Comparator.comparingInt(Match::score)
                .reversed()
                .thenComparing(Match::changedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder())));
        List<Match> best = new ArrayList<>();
        for (Match match : matches) {
            if (best.size() < limit && kept.add(match.source() + "\u0000" + match.target())) {
                best.add(match);
            }
        }
        return best;
    }

    private static Match match(MemoryUnit unit, Source source, Lookup lookup, String context, String locale) {
        List<Penalty> extra = new ArrayList<>();
        if (!unit.approved() && source.unapprovedPenalty() > 0) {
            extra.add(new Penalty("unapproved entry", source.unapprovedPenalty(), "unapproved", null));
        }
        if (source.penalty() > 0) {
            extra.add(
                    new Penalty("memory \"" + source.name() + "\" penalty", source.penalty(), "memory", source.name()));
        }
        MatchKind kind;
        int score;
        List<Penalty> penalties;
        if (unit.source().equals(lookup.source())) {
            kind = context.equals(unit.contextHash()) ? MatchKind.CONTEXT : MatchKind.EXACT;
            int taken = extra.stream().mapToInt(Penalty::points).sum();
            score = Math.max(0, (kind == MatchKind.CONTEXT ? 101 : 100) - taken);
            penalties = List.copyOf(extra);
        } else {
            MatchScoring.Score scored = MatchScoring.score(unit.source(), lookup.source(), locale, extra);
            kind = MatchKind.FUZZY;
            score = scored.score();
            penalties = scored.penalties();
        }
        NumberFixes.Fixed fixed = NumberFixes.apply(unit.source(), lookup.source(), unit.target(), locale);
        return new Match(
                unit.id(),
                unit.source(),
                unit.target(),
                score,
                kind,
                new Match.MemoryRef(source.id(), source.name()),
                source.projectSlug(),
                unit.changedBy(),
                unit.changedAt(),
                penalties,
                MatchScoring.differences(unit.source(), lookup.source(), locale),
                fixed.target(),
                fixed.fixes().stream()
                        .map(f -> new Match.NumberFix(f.from(), f.to()))
                        .toList());
    }
}
