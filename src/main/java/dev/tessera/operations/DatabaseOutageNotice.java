package dev.tessera.operations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.tessera.shared.DatabaseUnreachable;
import dev.tessera.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In the browser, an action that found the database out of reach says so, and that nothing was changed: the text a
 * translator typed stays in the page, to be saved once the database is back. Other failures go to Vaadin's handler.
 */
@Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageNotice.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinSession session = init.getSession();
            ErrorHandler fallback = session.getErrorHandler();
            session.setErrorHandler(error -> {
                if (!DatabaseUnreachable.causes(error.getThrowable()) || UI.getCurrent() == null) {
                    fallback.error(error);
                    return;
                }
                log.warn(
                        "The database cannot be reached: {}",
                        error.getThrowable().toString());
                Notification notice =
                        Notification.show(Problems.text(error.getThrowable()), 8000, Notification.Position.MIDDLE);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        });
    }
}
