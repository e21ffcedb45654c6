package dev.tessera.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The time zone of the person's browser, asked for once a session: dates and times on the screens (a comment, a
 * history entry, a memory unit) are shown in it, not in the server's.
 */
@Component
class BrowserTimeZone implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = BrowserTimeZone.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getAttribute(ATTRIBUTE) == null) {
                init.getUI().getPage().retrieveExtendedClientDetails(details -> {
                    if (details.getTimeZoneId() != null
                            && !details.getTimeZoneId().isBlank()) {
                        session.setAttribute(ATTRIBUTE, details.getTimeZoneId());
                    }
                });
            }
        });
    }

    /** The zone of the current session's browser, once it has said. */
    static Optional<String> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(ATTRIBUTE));
    }
}
