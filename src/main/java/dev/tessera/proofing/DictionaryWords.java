package dev.tessera.proofing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The project dictionaries as the spelling check reads them, for background work that acts for nobody. Read afresh
 * for every target (one indexed query beside tens of milliseconds of checking), so that every node sees a change.
 */
@Component
class DictionaryWords {

    private final JdbcClient jdbc;

    DictionaryWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The words of the project's dictionary for the locale, in alphabetical order. */
    List<String> words(long projectId, String locale) {
        return jdbc.sql("select word from project_dictionary where project_id = ? and locale = ? order by word")
                .params(projectId, locale)
                .query(String.class)
                .list();
    }
}
