/**
 * The app shell: the main layout, the navigation built from the views' {@code @Menu} entries, the theme.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"security", "shared"})
package dev.tessera.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
