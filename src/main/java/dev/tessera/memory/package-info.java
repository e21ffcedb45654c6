/**
 * Translation memories (TMX in and out, the project memory fed by approvals), the match index and scoring,
 * concordance, analysis and pre-translation; {@code editor} adds the Matches and Concordance tabs to the editor through
 * its extension point.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"project", "translation", "translation :: editor", "security", "shared", "ui"})
package dev.tessera.memory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
