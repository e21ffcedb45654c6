package dev.tessera.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rows that remember start-up work done once per database (demo data, backfills), so it never runs twice. */
@Component
public class StartupMarkers {

    private final JdbcTemplate jdbc;

    StartupMarkers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isDone(String marker) {
        Integer count =
                jdbc.queryForObject("select count(*) from tessera_setting where name = ?", Integer.class, marker);
        return count != null && count > 0;
    }

    /** A remembered value (for example the hash of a file last read), if any. */
    public java.util.Optional<String> value(String name) {
        return jdbc
                .queryForList("select setting_value from tessera_setting where name = ?", String.class, name)
                .stream()
                .findFirst();
    }

    public void remember(String name, String value) {
        jdbc.update("delete from tessera_setting where name = ?", name);
        jdbc.update("insert into tessera_setting (name, setting_value) values (?, ?)", name, value);
    }

    /** Call inside the transaction of the work, so that the marker and the work land together. */
    public void markDone(String marker) {
        jdbc.update("insert into tessera_setting (name, setting_value) values (?, ?)", marker, "true");
    }
}
