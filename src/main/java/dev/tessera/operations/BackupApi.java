package dev.tessera.operations;

import dev.tessera.security.ApiRole;
import dev.tessera.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operations", description = "Running Tessera: backups")
@ApiRole(
        value = Role.ADMIN,
        errors = {409})
class BackupApi {

    private final BackupService backups;

    BackupApi(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/backup")
    @Operation(
            summary = "Writes a consistent copy of the embedded database to the data folder's backups/ (409 on"
                    + " PostgreSQL, which pg_dump backs up)")
    BackupService.Backup backup() {
        return backups.backup();
    }
}
