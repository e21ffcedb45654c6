/**
 * Sentence segmentation per language and word counts: plain Java, no Spring inside the algorithm.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package dev.tessera.segmentation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
