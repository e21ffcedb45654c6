package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void theDemoUsersAreNamedOnlyInDemoMode() {
        assertThat(hint(new LoginView(new TesseraSettings(true, null)))).isPresent();
        assertThat(hint(new LoginView(new TesseraSettings(false, null)))).isEmpty();
    }

    private static Optional<Component> hint(LoginView view) {
        return view.getChildren().filter(c -> c.getId().filter("demo-hint"::equals).isPresent()).findFirst();
    }
}
