/**
 * Running Tessera: backups of the embedded database while it runs. Nothing depends on this feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"security", "shared"})
package dev.tessera.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
