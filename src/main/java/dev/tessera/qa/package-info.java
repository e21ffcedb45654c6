/**
 * The QA checks as plain classes: the check SPI ({@link dev.tessera.qa.QaCheck}, {@link dev.tessera.qa.QaCheckContributor}),
 * severities, the mechanical checks and the runner. Stored results and per-project settings live in
 * {@code translation.quality}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package dev.tessera.qa;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
