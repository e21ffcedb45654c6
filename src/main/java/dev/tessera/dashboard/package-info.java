/**
 * The project list with progress, and the project settings pages.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"project", "translation", "translation :: quality", "qa", "security", "shared", "ui"})
package dev.tessera.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
