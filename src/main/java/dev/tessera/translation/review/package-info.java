/**
 * Review of translations: approve, reject with a comment and typed quality issues (MQM), sign off in a second step,
 * approve every clean segment, waivers of QA findings with a written reason, and the quality score. Its issue types
 * are what other features (the XLIFF exchange) carry.
 */
@NullMarked
@NamedInterface("review")
package dev.tessera.translation.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
