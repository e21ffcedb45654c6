package dev.tessera.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinService;
import dev.tessera.ui.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For unit tests of views and dialogs without a server: a stand-in Vaadin service whose texts come from Tessera's
 * bundles, so that {@code getTranslation} answers as in the browser (English, no UI).
 * {@code @ExtendWith(VaadinMessages.class)}.
 */
public final class VaadinMessages implements BeforeEachCallback, AfterEachCallback {

    private static final Messages MESSAGES = new Messages();
    /** Vaadin keeps its current service by a weak reference: this one stays while the test runs. */
    private VaadinService service;

    @Override
    public void beforeEach(ExtensionContext context) {
        service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(MESSAGES);
        // The defaults a component may ask for (the link schemes an Anchor accepts, say).
        DeploymentConfiguration configuration =
                mock(DeploymentConfiguration.class, org.mockito.Mockito.CALLS_REAL_METHODS);
        when(service.getDeploymentConfiguration()).thenReturn(configuration);
        VaadinService.setCurrent(service);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        VaadinService.setCurrent(null);
        service = null;
    }
}
