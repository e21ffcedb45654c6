/**
 * Spelling, grammar, typography and style checks of targets (LanguageTool behind a plain adapter), told what the
 * source, the glossary and the project dictionary vouch for, and the project dictionaries. Contributes its checks
 * through the QA SPI ({@link dev.tessera.qa.Proofreader}); stored QA runs them off the request thread.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"project", "qa", "glossary", "security", "shared", "ui"})
package dev.tessera.proofing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
