/**
 * Translation memories (TMX in and out, the project memory fed by approvals), the match index and scoring,
 * concordance, analysis and pre-translation. So far: the match score and the TMX reader, plain classes.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"project", "translation", "security", "shared", "ui"})
package dev.tessera.memory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
