/**
 * Review of translations: approve, reject with a comment, approve every clean segment, and waivers of QA findings
 * with a written reason.
 */
@NullMarked
package dev.tessera.translation.review;

import org.jspecify.annotations.NullMarked;
