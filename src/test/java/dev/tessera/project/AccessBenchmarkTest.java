package dev.tessera.project;

import static dev.tessera.support.Actors.as;

import dev.tessera.security.Role;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the project permission check adds to a segment write: a member's standing with the membership cached (the
 * usual case) and read from the database (after a membership change). Runs only in the benchmark profile.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class AccessBenchmarkTest {

    private static final int CALLS = 200_000;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectAdministration administration;

    @Autowired
    ProjectAccess access;

    @Test
    void permissionCheckOfASegmentWrite() {
        ProjectInfo project = as(
                "manager",
                "MANAGER",
                () -> projects.create(new NewProject("bench-access", "Access", "en", List.of("fr", "de"))));
        as(
                "manager",
                "MANAGER",
                () -> administration.putMember("bench-access", "translator", Role.TRANSLATOR, List.of("fr")));
        double cached = as("translator", "TRANSLATOR", () -> {
            for (int i = 0; i < CALLS; i++) {
                access.requireWrite(project, "fr", Role.TRANSLATOR);
            }
            long start = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                access.requireWrite(project, "fr", Role.TRANSLATOR);
            }
            return (System.nanoTime() - start) / (double) CALLS;
        });
        double cold = as("translator", "TRANSLATOR", () -> {
            int calls = 2_000;
            long total = 0;
            for (int i = 0; i < calls; i++) {
                access.forget();
                long start = System.nanoTime();
                access.requireWrite(project, "fr", Role.TRANSLATOR);
                total += System.nanoTime() - start;
            }
            return total / (double) calls;
        });
        System.out.println();
        System.out.println("| permission check of a segment write (a member limited to fr) | per check |");
        System.out.println("|---|---|");
        System.out.printf("| membership cached | %.2f µs |%n", cached / 1000);
        System.out.printf("| membership read from the database (H2) | %.1f µs |%n", cold / 1000);
        System.out.println();
    }
}
