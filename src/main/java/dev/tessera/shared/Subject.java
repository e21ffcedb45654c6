package dev.tessera.shared;

/**
 * What a refused text is, as a refusal names it: the API's English ("The comment") and, for the screens' bundles, its
 * kind, which selects the words of the page's language ({@code other} shows the English).
 */
public record Subject(String english, String kind) {

    public static final Subject TEXT = new Subject("The text", "text");
    public static final Subject NAME = new Subject("The name", "name");
    public static final Subject PROJECT_NAME = new Subject("The project name", "project_name");
    public static final Subject DOCUMENT_NAME = new Subject("The document name", "document_name");
    public static final Subject COMMENT = new Subject("The comment", "comment");
    public static final Subject REASON = new Subject("The reason", "reason");

    /** A text the bundles have no words for: the screens show its English. */
    public static Subject other(String english) {
        return new Subject(english, "other");
    }
}
