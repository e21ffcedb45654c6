/**
 * What every feature shares: the API error model, locale and uploaded-text rules, upload limits, secure XML, inline
 * code markers, the audit event, the clock, the bus between nodes. An open module below all others; it depends on none of them.
 */
@NullMarked
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package dev.tessera.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
