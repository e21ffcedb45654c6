package dev.tessera.proofing;

import dev.tessera.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the checkers of the projects' target locales in the background once the application is up: loading French
 * takes seconds, and the first save after start-up should not wait for it.
 */
@Component
class ProofingWarmup {

    private static final Logger log = LoggerFactory.getLogger(ProofingWarmup.class);

    private final ProjectService projects;
    private final ProofingService proofing;

    ProofingWarmup(ProjectService projects, ProofingService proofing) {
        this.projects = projects;
        this.proofing = proofing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        if (!proofing.available()) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    for (String locale : projects.targetLocalesOfAllProjects()) {
                        long start = System.nanoTime();
                        try {
                            proofing.warm(locale);
                        } catch (RuntimeException e) {
                            log.warn("Could not load the language checks of {}: {}", locale, e.toString());
                            continue;
                        }
                        if (proofing.covers(locale)) {
                            log.info(
                                    "Language checks of {} ready in {} ms",
                                    locale,
                                    (System.nanoTime() - start) / 1_000_000);
                        }
                    }
                },
                "proofing-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
