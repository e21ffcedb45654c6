/**
 * The translation memory in the editor: the Matches and Concordance tabs of the segment panel, added through the
 * editor's {@link dev.tessera.translation.editor.EditorExtension}, and the live refresh of the matches when a
 * project's memory learns; and the analysis and pre-translation page the editor links to.
 */
@NullMarked
package dev.tessera.memory.editor;

import org.jspecify.annotations.NullMarked;
