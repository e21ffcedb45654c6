/**
 * The Vaadin editor: a route that assembles the segment grid, the target editor, the reading pane, the side panel,
 * live synchronisation and the unsaved-changes guard around a Vaadin-free {@link dev.tessera.translation.editor.EditorSession}.
 */
@NullMarked
package dev.tessera.translation.editor;

import org.jspecify.annotations.NullMarked;
