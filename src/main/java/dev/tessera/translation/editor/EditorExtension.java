package dev.tessera.translation.editor;

/**
 * A feature that adds a tab to the editor's segment panel without the editor knowing it (the translation memory
 * does, and must, because it depends on the translation module): every Spring bean of this type is asked, in
 * {@link org.springframework.core.annotation.Order} order, for its tab when an editor opens.
 */
public interface EditorExtension {

    /** Builds this feature's tab for one open editor; called in the editor's UI thread. */
    EditorTab open(EditorTabContext context);
}
