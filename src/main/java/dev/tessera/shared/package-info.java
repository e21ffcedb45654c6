/**
 * What every feature shares: the API error model, locale and uploaded-text rules, the clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.tessera.shared;
