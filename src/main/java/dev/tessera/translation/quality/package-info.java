/**
 * Stored QA findings of translations, their rechecks when text, terms or settings change, and the per-project QA
 * settings with their API. Exposed to the dashboard's QA settings dialog as the named interface {@code quality}.
 */
@NullMarked
@NamedInterface("quality")
package dev.tessera.translation.quality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
