package dev.tessera.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dev.tessera.security.Role;
import dev.tessera.shared.ApiException;

/**
 * A page of one project for its managers, routed at {@code projects/:slug/...}: a project the user cannot see is not
 * found; one they see without the manager role in it (their membership's role, as {@link ProjectService#managed}
 * checks it) shows its heading and why there is nothing more.
 */
public abstract class ManagedProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final ProjectAccess access;
    private final String pageName;
    private ProjectInfo project;

    /** {@code pageName}, already translated, titles the page before a project is read, e.g. "Publish". */
    protected ManagedProjectView(ProjectService projects, ProjectAccess access, String pageName) {
        this.projects = projects;
        this.access = access;
        this.pageName = pageName;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            project = projects.project(event.getRouteParameters().get("slug").orElse(""));
        } catch (ApiException e) {
            event.rerouteToError(
                    NotFoundException.class, getTranslation("project.managed-project-view.no-such-project"));
            return;
        }
        show();
        // Arriving from a long, scrolled list, the page starts at its top (a change made further down keeps its place).
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", project == null ? pageName : titleOf(project));
    }

    /** The project as last read. */
    protected ProjectInfo project() {
        return project;
    }

    /** Shows the page anew: the way back, the heading, then the content for a manager or the denial. */
    protected void show() {
        removeAll();
        add(backLink(), heading(project));
        if (access.of(project).map(a -> a.includes(Role.MANAGER)).orElse(false)) {
            addContent(project);
        } else {
            add(denial(project));
        }
    }

    /** Reads the project again and shows it; a change may have taken it out of the user's sight. */
    protected void reload() {
        try {
            project = projects.project(project.slug());
        } catch (ApiException e) {
            removeAll();
            add(backLink(), new Paragraph(getTranslation("project.managed-project-view.no-longer-visible")));
            project = null;
            return;
        }
        show();
    }

    private Anchor backLink() {
        return new Anchor("", getTranslation("project.managed-project-view.back"));
    }

    /** The page's title naming the project, translated, without " · Tessera". */
    protected abstract String titleOf(ProjectInfo project);

    /** The title as the page's heading, unless the page says otherwise. */
    protected Component heading(ProjectInfo project) {
        return new H2(titleOf(project));
    }

    /** Why someone who does not manage the project sees nothing below the heading; see {@link #denied}. */
    protected abstract Paragraph denial(ProjectInfo project);

    protected static Paragraph denied(String id, String why) {
        Paragraph denied = new Paragraph(why);
        denied.setId(id);
        return denied;
    }

    /** What a manager of the project sees below the heading. */
    protected abstract void addContent(ProjectInfo project);
}
