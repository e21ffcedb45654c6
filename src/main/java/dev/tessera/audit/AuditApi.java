package dev.tessera.audit;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit")
@ApiRole(Role.MANAGER)
class AuditApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Set when the answer holds {@code limit} rows: older entries may exist beyond them. */
    static final String LIMIT_REACHED = "X-Limit-Reached";

    private final AuditService audit;

    AuditApi(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @Operation(
            summary = "The audit log, newest first (ADMIN; a MANAGER with project=<slug> for that project)",
            description = "user, project: exact username and project slug; from, to: inclusive bounds, ISO-8601"
                    + " instants or UTC dates. At most 10,000 rows (limit, default and maximum 10,000); when the"
                    + " answer holds limit rows, the header " + LIMIT_REACHED + ": true says older ones may exist."
                    + " format=csv or Accept: text/csv answers CSV with the project as a sixth column.")
    ResponseEntity<?> entries(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String project,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = csv(format, accept);
        int rows = limit == null ? AuditService.MAX_ROWS : limit;
        Instant since = AuditTimes.from(from);
        Instant until = AuditTimes.to(to);
        List<AuditRecord> records = audit.entries(user, project, since, until, rows);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (records.size() == rows) {
            response.header(LIMIT_REACHED, "true");
        }
        if (!csv) {
            return response.contentType(MediaType.APPLICATION_JSON).body(records);
        }
        StringWriter body = new StringWriter();
        AuditCsv.write(records, body);
        return response.contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit.csv")
                                .build()
                                .toString())
                .body(body.toString());
    }

    private static boolean csv(String format, String accept) {
        if (format == null || format.isBlank()) {
            try {
                return accept != null
                        && MediaType.parseMediaTypes(accept).stream().anyMatch(CSV::equalsTypeAndSubtype);
            } catch (InvalidMediaTypeException e) {
                return false;
            }
        }
        return switch (format.strip()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw ApiException.validation("format must be json or csv.");
        };
    }
}
