package dev.tessera.shared;

/**
 * Something the audit log keeps: who did what to what. Features publish it (Spring's application events) where
 * the thing happens, inside the transaction that does it, so that what is rolled back is not logged; the audit
 * feature stores it.
 *
 * @param actor   the username, or what was typed as one for a failed sign-in
 * @param action  a stable snake_case name: {@code sign_in}, {@code sign_in_failed}, {@code user_created} …
 * @param target  what it was done to: a username, {@code project:<slug>}, {@code document:<id>} …
 * @param detail  what a person reading the log needs besides, or null
 * @param project the project's slug when it concerns one, else null (project managers read their projects' log)
 */
public record AuditEvent(String actor, String action, String target, String detail, String project) {

    public static AuditEvent of(String actor, String action, String target, String detail) {
        return new AuditEvent(actor, action, target, detail, null);
    }
}
