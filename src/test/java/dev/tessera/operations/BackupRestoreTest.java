package dev.tessera.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.ApiClient;
import dev.tessera.support.ApiClient.Response;
import dev.tessera.support.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup and restore, as an administrator does them: a backup of the running server, more work after
 * it, the server gone, the backup unzipped into an empty data folder, and a server started on it holding exactly
 * what was there at the backup.
 */
class BackupRestoreTest {

    @TempDir
    Path folder;

    @Test
    void aBackupOfTheRunningServerRestoresIntoAnEmptyDataFolder() throws Exception {
        Path backup;
        try (ServerProcess server = new ServerProcess(folder.resolve("first"), Map.of())) {
            server.start();
            ApiClient api = new ApiClient(server.port());
            assertThat(project(api, "before-backup").status()).isEqualTo(201);
            assertThat(api.postJson("manager", "/api/v1/admin/backup", Map.of()).status())
                    .isEqualTo(403);
            Response written = api.postJson("admin", "/api/v1/admin/backup", Map.of());
            assertThat(written.status()).as(written.body()).isEqualTo(200);
            backup = Path.of(written.json().path("file").asString());
            assertThat(backup).exists().startsWith(folder.resolve("first").toAbsolutePath());
            assertThat(written.json().path("bytes").asLong()).isEqualTo(Files.size(backup));
            assertThat(project(api, "after-backup").status()).isEqualTo(201);
            server.kill();
        }

        Path restored = folder.resolve("restored");
        unzip(backup, restored.resolve("data"));
        try (ServerProcess server = new ServerProcess(restored, Map.of())) {
            server.start();
            String projects = new ApiClient(server.port())
                    .get("manager", "/api/v1/projects")
                    .body();
            assertThat(projects).contains("\"before-backup\"").doesNotContain("after-backup");
        }
    }

    private static Response project(ApiClient api, String slug) {
        return api.postJson(
                "manager",
                "/api/v1/projects",
                Map.of("slug", slug, "name", slug, "sourceLocale", "en", "targetLocales", List.of("fr")));
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
                Files.copy(entries, target);
            }
        }
    }
}
