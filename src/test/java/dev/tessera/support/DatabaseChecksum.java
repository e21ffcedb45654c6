package dev.tessera.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A fingerprint of every table of the application's schema, to tell whether a request changed anything. The audit
 * log, the migrations' history and when a token was last used are left out: those may change on any request.
 */
public final class DatabaseChecksum {

    private static final Set<String> SKIPPED_TABLES = Set.of("audit_entry", "flyway_schema_history");
    private static final Set<String> SKIPPED_COLUMNS = Set.of("last_used_at");

    private final DataSource dataSource;
    private List<String> tables;

    public DatabaseChecksum(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String checksum() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String table : tables(connection)) {
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    List<String> lines = new ArrayList<>();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            if (!SKIPPED_COLUMNS.contains(
                                    columns.getColumnName(i).toLowerCase(Locale.ROOT))) {
                                line.append(rows.getString(i)).append('\u0001');
                            }
                        }
                        lines.add(line.toString());
                    }
                    lines.sort(null);
                    lines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot read the database for its checksum: " + e.getMessage(), e);
        }
    }

    private List<String> tables(Connection connection) throws SQLException {
        if (tables == null) {
            tables = new ArrayList<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet found = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    String name = found.getString("TABLE_NAME");
                    if (!SKIPPED_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                        tables.add(name);
                    }
                }
            }
            tables.sort(null);
        }
        return tables;
    }
}
