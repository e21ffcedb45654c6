package dev.tessera.translation.quality;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The row lock that makes writers of the same rows take turns. On PostgreSQL it is {@code FOR NO KEY UPDATE}: a
 * plain {@code FOR UPDATE} would also wait for the key-share locks every insert that refers to the row holds (a
 * finding referring to its translation and document), and two saves could deadlock. H2 has only {@code FOR UPDATE}.
 */
@Component
class RowLocks {

    private final DataSource dataSource;
    private volatile String clause;

    RowLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The clause that ends a {@code select} locking its rows. */
    String clause() {
        if (clause == null) {
            try (Connection connection = dataSource.getConnection()) {
                clause = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                        ? "for no key update"
                        : "for update";
            } catch (SQLException e) {
                throw new IllegalStateException("The database cannot be reached", e);
            }
        }
        return clause;
    }
}
