/**
 * Glossaries, concepts and terms, TBX and CSV in and out, the {@code glossary/} folder, term recognition, and the
 * glossary checks it contributes through the QA SPI.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"project", "qa", "security", "shared", "ui"})
package dev.tessera.glossary;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
