package dev.tessera.translation.quality;

import dev.tessera.qa.QaCheck;
import dev.tessera.qa.QaCheckContributor;
import dev.tessera.qa.QaRunner;
import dev.tessera.qa.Severity;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's severities of the QA checks: the checks' defaults, unless a manager changed them. A change is
 * announced as {@link QaSettingsChanged} so that the stored findings of the project's segments follow it.
 */
@Service
public class QaSettingsService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final QaRunner runner;

    QaSettingsService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            List<QaCheckContributor> contributors) {
        List<QaCheck> checks = new ArrayList<>(QaRunner.standardChecks());
        contributors.forEach(contributor -> checks.addAll(contributor.checks()));
        this.runner = new QaRunner(checks);
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Forgets the project's settings, when the project goes (in the caller's transaction). */
    public void forget(long projectId) {
        jdbc.sql("delete from qa_setting where project_id = ?").param(projectId).update();
    }

    /** The project's overrides of the default severities (check name to severity). */
    @Transactional(readOnly = true)
    public Map<String, Severity> overrides(long projectId) {
        currentUser.require(Role.TRANSLATOR);
        return storedOverrides(projectId);
    }

    /** The project's overrides, read for background work that acts for nobody (the proofreading worker). */
    Map<String, Severity> storedOverrides(long projectId) {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        jdbc.sql("select check_name, severity from qa_setting where project_id = ?")
                .param(projectId)
                .query((rs, n) -> overrides.put(rs.getString(1), Severity.valueOf(rs.getString(2))))
                .list();
        return overrides;
    }

    /** Every check with the severity it has in the project, in the order findings are reported. */
    @Transactional(readOnly = true)
    public Map<String, Severity> severities(long projectId) {
        Map<String, Severity> overrides = overrides(projectId);
        Map<String, Severity> all = new LinkedHashMap<>();
        for (QaCheck check : runner.checks()) {
            all.put(check.name(), check.severityIn(overrides));
        }
        return all;
    }

    /**
     * Sets the severities named (MANAGER and up); names left out keep theirs. A severity equal to the check's
     * default removes the override.
     */
    @Transactional
    public Map<String, Severity> update(long projectId, Map<String, String> changes) {
        currentUser.require(Role.MANAGER);
        Map<String, Severity> parsed = parse(changes);
        for (Map.Entry<String, Severity> change : parsed.entrySet()) {
            jdbc.sql("delete from qa_setting where project_id = ? and check_name = ?")
                    .params(projectId, change.getKey())
                    .update();
            if (change.getValue() != defaultSeverity(change.getKey())) {
                jdbc.sql("insert into qa_setting (project_id, check_name, severity) values (?, ?, ?)")
                        .params(projectId, change.getKey(), change.getValue().name())
                        .update();
            }
        }
        if (!parsed.isEmpty()) {
            events.publishEvent(new QaSettingsChanged(projectId, parsed.keySet()));
        }
        return severities(projectId);
    }

    private Map<String, Severity> parse(Map<String, String> changes) {
        if (changes == null || changes.isEmpty()) {
            throw ApiException.validation("Send the checks to change, for example {\"qa.length\": \"ERROR\"}.")
                    .text("translation.qa-settings-empty", "{\"qa.length\": \"ERROR\"}");
        }
        Map<String, Severity> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (defaultSeverity(change.getKey()) == null) {
                List<String> checks =
                        runner.checks().stream().map(QaCheck::name).toList();
                throw ApiException.validation("There is no QA check named \"" + change.getKey() + "\"; the checks are "
                                + checks + ".")
                        .text("translation.qa-check-unknown", change.getKey(), String.valueOf(checks));
            }
            try {
                parsed.put(
                        change.getKey(),
                        Severity.valueOf(String.valueOf(change.getValue()).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.validation("The severity of " + change.getKey() + " must be one of "
                                + Arrays.toString(Severity.values()) + ".")
                        .text("translation.qa-severity-invalid", change.getKey(), Arrays.toString(Severity.values()));
            }
        }
        return parsed;
    }

    private Severity defaultSeverity(String check) {
        return runner.checks().stream()
                .filter(c -> c.name().equals(check))
                .map(QaCheck::defaultSeverity)
                .findFirst()
                .orElse(null);
    }
}
