package dev.tessera.memory;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Translation memories")
@ApiRole(Role.TRANSLATOR)
class MatchApi {

    private final MatchService matches;
    private final LeverageService leverage;

    MatchApi(MatchService matches, LeverageService leverage) {
        this.matches = matches;
        this.leverage = leverage;
    }

    record PretranslateRequest(String locale, Object minimum, String status) {}

    @GetMapping("/segments/{segmentId}/matches")
    @Operation(
            summary = "The memory matches of the segment in the locale, best first: score (101 for CONTEXT), kind,"
                    + " penalties with their reasons, and the differences of the unit's source")
    List<Match> matches(
            @PathVariable long id,
            @PathVariable long segmentId,
            @RequestParam String locale,
            @RequestParam(defaultValue = "5") int limit,
            @RequestParam(defaultValue = "50") int threshold) {
        return matches.matches(id, segmentId, locale, limit, threshold);
    }

    @GetMapping("/analysis")
    @Operation(
            summary = "The analysis of the document in the locale: segments and source words in the buckets CONTEXT,"
                    + " EXACT, 95-99, 85-94, 75-84, 50-74, NEW and REPETITION")
    LeverageService.Analysis analysis(@PathVariable long id, @RequestParam(required = false) String locale) {
        return leverage.analysis(id, locale);
    }

    @ApiRole(Role.MANAGER)
    @PostMapping(path = "/pretranslate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Pre-translate the untranslated segments from the memories {\"locale\",\"minimum\":\"CONTEXT\"|"
                    + "\"EXACT\"|70..99,\"status\":\"DRAFT\"|\"TRANSLATED\"} (MANAGER and up); fuzzy fills stay DRAFT,"
                    + " nothing is approved")
    LeverageService.Filled pretranslate(
            @PathVariable long id, @RequestBody(required = false) PretranslateRequest request) {
        if (request == null) {
            throw ApiException.validation("Send {\"locale\", \"minimum\", \"status\"} as JSON.");
        }
        return leverage.pretranslate(id, request.locale(), request.minimum(), request.status());
    }
}
