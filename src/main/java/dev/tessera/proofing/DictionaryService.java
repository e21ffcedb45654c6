package dev.tessera.proofing;

import dev.tessera.project.LocalesRemoved;
import dev.tessera.project.ProjectAccess;
import dev.tessera.project.ProjectDeleted;
import dev.tessera.project.ProjectInfo;
import dev.tessera.project.ProjectService;
import dev.tessera.qa.ProjectDictionary;
import dev.tessera.qa.ProofingChanged;
import dev.tessera.security.CurrentUser;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.Locales;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's dictionary per target locale: words the spelling check accepts. A translator of the locale adds a word
 * (from a spelling finding), a manager removes one; either way the project's targets holding the word are proofread
 * again in the background.
 */
@Service
public class DictionaryService implements ProjectDictionary {

    static final int MAX_WORD = 100;

    private final ProjectService projects;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final DictionaryWords words;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    DictionaryService(
            ProjectService projects,
            ProjectAccess access,
            CurrentUser currentUser,
            DictionaryWords words,
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.projects = projects;
        this.access = access;
        this.currentUser = currentUser;
        this.words = words;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The words of the project's dictionary for the locale, in alphabetical order (anyone on the project). */
    @Transactional(readOnly = true)
    public List<String> words(String slug, String locale) {
        currentUser.require(Role.TRANSLATOR);
        ProjectInfo project = projects.project(slug);
        return words.words(project.id(), targetLocale(project, locale));
    }

    /** A word as the dictionary keeps it, and whether this request added it (false: it was there already). */
    public record Added(String word, String locale, boolean created) {}

    /** Adds the word (TRANSLATOR and up, on a locale they write). */
    @Transactional
    public Added add(String slug, String locale, String word) {
        currentUser.require(Role.TRANSLATOR);
        ProjectInfo project = projects.project(slug);
        String target = targetLocale(project, locale);
        String actor = access.requireWrite(project, target, Role.TRANSLATOR);
        String clean = validWord(word);
        if (words.words(project.id(), target).contains(clean)) {
            return new Added(clean, target, false);
        }
        jdbc.sql("insert into project_dictionary (project_id, locale, word, added_by, added_at) values (?, ?, ?, ?, ?)")
                .params(project.id(), target, clean, actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        changed(project, target, clean, actor, "dictionary_word_added");
        return new Added(clean, target, true);
    }

    @Override
    public boolean addWord(String projectSlug, String locale, String word) {
        return add(projectSlug, locale, word).created();
    }

    /** Removes the word (MANAGER and up); 404 when the dictionary does not have it. */
    @Transactional
    public void remove(String slug, String locale, String word) {
        currentUser.require(Role.MANAGER);
        ProjectInfo project = projects.managed(slug);
        String target = targetLocale(project, locale);
        String actor = access.require(project, Role.MANAGER);
        String clean = Normalizer.normalize(word == null ? "" : word.strip(), Normalizer.Form.NFC);
        int removed = jdbc.sql("delete from project_dictionary where project_id = ? and locale = ? and word = ?")
                .params(project.id(), target, clean)
                .update();
        if (removed == 0) {
            throw ApiException.notFound("The " + target + " dictionary of \"" + project.slug() + "\" has no word \""
                            + clean + "\".")
                    .text("proofing.word-not-found", target, project.slug(), clean);
        }
        changed(project, target, clean, actor, "dictionary_word_removed");
    }

    private void changed(ProjectInfo project, String locale, String word, String actor, String action) {
        publisher.publishEvent(new ProofingChanged(project.id(), locale, word));
        publisher.publishEvent(new AuditEvent(actor, action, "dictionary:" + locale, word, project.slug()));
    }

    private static String targetLocale(ProjectInfo project, String locale) {
        String canonical = Locales.canonical(locale);
        if (!project.hasTargetLocale(canonical)) {
            throw ApiException.validation("The project \"" + project.slug() + "\" does not translate into " + canonical
                            + "; its target locales are " + project.targetLocales() + ".")
                    .text(
                            "translation.locale-not-target",
                            project.slug(),
                            canonical,
                            String.valueOf(project.targetLocales()));
        }
        return canonical;
    }

    /** A word as stored: trimmed, NFC, one word (no spaces), at most {@value #MAX_WORD} characters. */
    static String validWord(String word) {
        String clean = Normalizer.normalize(word == null ? "" : word.strip(), Normalizer.Form.NFC);
        if (clean.isEmpty()) {
            throw ApiException.validation("Send the word to add, for example {\"word\": \"Gwadar\"}.")
                    .text("proofing.word-empty", "{\"word\": \"Gwadar\"}");
        }
        if (clean.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw ApiException.validation(
                            "A dictionary holds single words; \"" + clean + "\" has a space. Add each word on its own.")
                    .text("proofing.word-with-space", clean);
        }
        if (clean.codePoints().anyMatch(Character::isISOControl)
                || clean.codePointCount(0, clean.length()) > MAX_WORD) {
            throw ApiException.validation(
                            "A dictionary word has at most " + MAX_WORD + " characters and no control characters.")
                    .text("proofing.word-invalid", MAX_WORD);
        }
        return clean;
    }

    @EventListener
    void projectDeleted(ProjectDeleted event) {
        jdbc.sql("delete from project_dictionary where project_id = ?")
                .param(event.projectId())
                .update();
    }

    @EventListener
    void localesRemoved(LocalesRemoved event) {
        ProjectInfo project = projects.project(event.projectSlug());
        for (String locale : event.locales()) {
            jdbc.sql("delete from project_dictionary where project_id = ? and locale = ?")
                    .params(project.id(), locale)
                    .update();
        }
    }
}
