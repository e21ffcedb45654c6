package dev.tessera.operations;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.PushRequestHandler;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the browsers' push connections open until the web server stops, so that open editors can be told the
 * server is shutting down. Atmosphere (under Vaadin's push) registers a JVM shutdown hook of its own that closes
 * every push connection the moment SIGTERM arrives, beside Spring's orderly shutdown; it is removed here, and
 * Atmosphere is closed with Vaadin's servlet, as the web server stops. If a later version hides the hook elsewhere,
 * this says so in the log and shutdown goes on as before, untold.
 */
@Component
class PushUntilShutdown implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PushUntilShutdown.class);

    private final AtomicBoolean done = new AtomicBoolean();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The push handler exists once the service is initialised: the first UI is late enough.
        event.getSource().addUIInitListener(init -> {
            if (done.compareAndSet(false, true)) {
                keepOpen(init.getUI().getSession().getService());
            }
        });
    }

    private static void keepOpen(VaadinService service) {
        try {
            for (RequestHandler handler : service.getRequestHandlers()) {
                if (handler instanceof PushRequestHandler) {
                    Field atmosphere = PushRequestHandler.class.getDeclaredField("atmosphere");
                    atmosphere.setAccessible(true);
                    Object framework = atmosphere.get(handler);
                    Field hook = AtmosphereFramework.class.getDeclaredField("shutdownHook");
                    hook.setAccessible(true);
                    if (framework != null && hook.get(framework) instanceof Thread thread) {
                        Runtime.getRuntime().removeShutdownHook(thread);
                        hook.set(framework, null);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn(
                    "Push connections will close at once on shutdown; open editors will not be told ({})",
                    e.toString());
        }
    }
}
