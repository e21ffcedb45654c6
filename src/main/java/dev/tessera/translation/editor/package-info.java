/**
 * The Vaadin editor: a route that assembles the segment grid, the target editor, the reading pane, the side panel,
 * live synchronisation and the unsaved-changes guard around a Vaadin-free {@link dev.tessera.translation.editor.EditorSession}.
 * Its public types ({@link dev.tessera.translation.editor.EditorExtension} and what goes with it) are the named
 * interface {@code editor}, through which features above translation add tabs to the segment panel.
 */
@NullMarked
@NamedInterface("editor")
package dev.tessera.translation.editor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
