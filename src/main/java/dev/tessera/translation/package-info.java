/**
 * Target segments per locale: the translation model, its status workflow, versions, history, comments, progress and
 * the REST API (this package); {@code review} approves, rejects and waives; {@code quality} stores QA findings,
 * rechecks them and keeps the QA settings; {@code editor} is the Vaadin editor.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"project", "qa", "glossary", "security", "shared", "ui"})
package dev.tessera.translation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
