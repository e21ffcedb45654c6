package dev.tessera.operations;

import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A consistent copy of the embedded H2 database, taken while Tessera runs (H2's {@code BACKUP TO}), as a zip under
 * the data folder's {@code backups/}: restoring is unzipping it into an empty data folder. PostgreSQL is backed up
 * with its own tools ({@code pg_dump}); asked there, this says so.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final CurrentUser currentUser;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Path folder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BackupService(
            CurrentUser currentUser,
            DataSource dataSource,
            JdbcClient jdbc,
            @Value("${tessera.data-dir}") Path dataDir,
            Clock clock,
            ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.folder = dataDir.resolve("backups");
        this.clock = clock;
        this.events = events;
    }

    /** A backup that was written: its file, size and when. */
    public record Backup(String file, long bytes, Instant at) {}

    public Backup backup() {
        String admin = currentUser.require(Role.ADMIN);
        if (!embedded()) {
            throw ApiException.invalidState("Tessera runs on PostgreSQL: back it up with pg_dump (see the README's"
                            + " Deploying section); this endpoint copies the embedded H2 database only.")
                    .text("operations.backup-on-postgres");
        }
        Instant at = clock.instant();
        Path file = folder.resolve("tessera-" + STAMP.format(at) + ".zip").toAbsolutePath();
        try {
            Files.createDirectories(folder);
            jdbc.sql("backup to '" + file.toString().replace("'", "''") + "'").update();
            Backup backup = new Backup(file.toString(), Files.size(file), at);
            events.publishEvent(
                    AuditEvent.of(admin, "backup_written", file.getFileName().toString(), null));
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + folder, e);
        }
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
