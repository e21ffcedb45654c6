package dev.tessera.project;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to a project's settings page, which only the project's managers see (the proofing
 * feature's dictionaries, say), so that the page need not know that feature.
 */
public interface ProjectSettingsSection {

    /** The section for the project as the page shows it; it calls its own feature's services. */
    Component section(ProjectInfo project);
}
