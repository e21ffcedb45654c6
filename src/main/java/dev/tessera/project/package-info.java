/**
 * Projects, documents and segments, plain-text import, membership and project access, the {@code translations/}
 * folder and the demo data.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"segmentation", "formats", "security", "shared", "ui"})
package dev.tessera.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
