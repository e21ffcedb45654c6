package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import dev.tessera.support.VaadinMessages;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VaadinMessages.class)
class LoginViewTest {

    final UserAccountRepository users = mock(UserAccountRepository.class);

    @Test
    void theDemoUsersAreNamedOnlyInDemoModeAndWhenTheyExist() {
        when(users.existsByUsername("translator")).thenReturn(true);
        assertThat(hint(view(true))).isPresent();
        assertThat(hint(view(false))).isEmpty();
        when(users.existsByUsername("translator")).thenReturn(false);
        assertThat(hint(view(true))).isEmpty();
    }

    private LoginView view(boolean demo) {
        return new LoginView(new LoginHints(new TesseraSettings(demo, null), users));
    }

    private static Optional<Component> hint(LoginView view) {
        return view.getChildren()
                .filter(c -> c.getId().filter("demo-hint"::equals).isPresent())
                .findFirst();
    }
}
