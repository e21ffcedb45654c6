package dev.tessera.memory;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Translation memories")
@ApiRole(Role.TRANSLATOR)
class MatchApi {

    private final MatchService matches;

    MatchApi(MatchService matches) {
        this.matches = matches;
    }

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
}
