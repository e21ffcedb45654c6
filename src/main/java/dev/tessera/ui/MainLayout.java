package dev.tessera.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.tessera.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The shell around every signed-in view: brand, navigation built from the views' {@code @Menu}, the user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("Tessera");
        brand.addClassName("brand");
        Span user = new Span(currentUser.username().orElse("")
                + currentUser
                        .role()
                        .map(r -> " · " + getTranslation("role." + r.name()))
                        .orElse(""));
        user.addClassName("current-user");
        user.setId("current-user");
        Button signOut = new Button(getTranslation("shell.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), brand, user, signOut);
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(user);
        bar.addClassName("top-bar");
        addToNavbar(bar);
        addToDrawer(navigation(this));
    }

    private static SideNav navigation(MainLayout layout) {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(layout.getTranslation(menuKey(entry.path())), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    /** The key of a menu entry's title: {@code menu.} and its path, {@code menu.account}. */
    static String menuKey(String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return "menu." + (route.isEmpty() ? "home" : route.replace('/', '.'));
    }
}
