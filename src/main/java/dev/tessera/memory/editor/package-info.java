/** The translation memory in the browser: the analysis and pre-translation page. */
@NullMarked
package dev.tessera.memory.editor;

import org.jspecify.annotations.NullMarked;
