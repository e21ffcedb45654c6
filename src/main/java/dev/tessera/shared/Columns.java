package dev.tessera.shared;

/** Column sizes shared by the entities. */
public final class Columns {

    /**
     * Length of unbounded text columns ({@code varchar} without a limit in the schema). It stays within H2's
     * varchar maximum so that Hibernate expects a varchar there, not a CLOB.
     */
    public static final int LONG_TEXT = 1_000_000;

    private Columns() {}
}
