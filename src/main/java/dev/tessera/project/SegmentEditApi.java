package dev.tessera.project;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Joining and splitting segments over REST. */
@RestController
@RequestMapping(
        path = "/api/v1/documents/{documentId}/segments/{segmentId}",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projects and documents")
@ApiRole(Role.REVIEWER)
class SegmentEditApi {

    private final SegmentEdits edits;

    SegmentEditApi(SegmentEdits edits) {
        this.edits = edits;
    }

    /** The offset as sent: a number with a fraction is refused, not rounded. */
    record SplitRequest(BigDecimal offset) {

        Integer whole() {
            if (offset == null || offset.stripTrailingZeros().scale() > 0) {
                return null;
            }
            try {
                return offset.intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
    }

    @PostMapping("/join")
    @Operation(
            summary = "Join the segment with the next one of its block (MANAGER, or REVIEWER on every target locale);"
                    + " each locale's targets are joined, as DRAFT or TRANSLATED, never APPROVED; \"abbreviation\" names the"
                    + " abbreviation the first part ended with, for the project to remember")
    JoinedSegment join(@PathVariable long documentId, @PathVariable long segmentId) {
        return edits.join(documentId, segmentId);
    }

    @PostMapping(path = "/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Split the segment at {\"offset\"} of its source (MANAGER, or REVIEWER on every target locale);"
                    + " the target stays on the first part as DRAFT")
    List<SegmentInfo> split(
            @PathVariable long documentId, @PathVariable long segmentId, @RequestBody SplitRequest request) {
        if (request == null) {
            throw ApiException.validation("Send {\"offset\"} as JSON.");
        }
        return edits.split(documentId, segmentId, request.whole());
    }
}
