/**
 * Source file filters (HTML, Markdown, DOCX): read a file into blocks of text with inline codes, and write the
 * original back with translations spliced in at the source positions the parser reported. Plain Java, no Spring.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package dev.tessera.formats;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
