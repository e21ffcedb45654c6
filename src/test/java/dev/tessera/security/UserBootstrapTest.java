package dev.tessera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserBootstrapTest {

    final UserAccountRepository users = mock(UserAccountRepository.class);
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    UserBootstrap bootstrap(boolean demo, String admin, String password) {
        return new UserBootstrap(
                users,
                encoder,
                new TesseraSettings(demo, new TesseraSettings.Admin(admin, password)),
                Clock.systemUTC());
    }

    @Test
    void demoModeCreatesTheFourDemoUsersWithHashedPasswords() {
        bootstrap(true, "", "").run(null);
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users, times(4)).save(saved.capture());
        assertThat(saved.getAllValues())
                .extracting(UserAccount::username)
                .containsExactly("translator", "reviewer", "manager", "admin");
        UserAccount admin = saved.getAllValues().get(3);
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).doesNotContain("admin").startsWith("{bcrypt}");
        assertThat(encoder.matches("admin", admin.passwordHash())).isTrue();
    }

    @Test
    void outsideDemoModeTheAdministratorComesFromTheEnvironment() {
        bootstrap(false, "ops", "correct horse battery").run(null);
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().username()).isEqualTo("ops");
        assertThat(saved.getValue().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void startUpRefusesAMissingOrWeakAdministrator() {
        assertThatThrownBy(() -> bootstrap(false, "", "").run(null))
                .hasMessageContaining("TESSERA_ADMIN_USERNAME is missing");
        assertThatThrownBy(() -> bootstrap(false, "ops", "").run(null))
                .hasMessageContaining("TESSERA_ADMIN_PASSWORD is missing");
        assertThatThrownBy(() -> bootstrap(false, "ops", "short").run(null)).hasMessageContaining("too short");
        assertThatThrownBy(() -> bootstrap(false, "ops", "password123").run(null))
                .hasMessageContaining("too easy");
        assertThatThrownBy(() -> bootstrap(false, "operator", "operator2026").run(null))
                .hasMessageContaining("too easy");
        assertThatThrownBy(() -> bootstrap(false, "ops", "aaaaaaaaaaaa").run(null))
                .hasMessageContaining("too easy");
        verify(users, never()).save(any());
    }

    @Test
    void anEnabledAdministratorIsEnoughOutsideDemoMode() {
        when(users.existsByRoleAndEnabledTrue(Role.ADMIN)).thenReturn(true);
        bootstrap(false, "", "").run(null);
        verify(users, never()).save(any());
    }

    @Test
    void demoModeLeavesAnExistingUserTableAlone() {
        when(users.count()).thenReturn(3L);
        bootstrap(true, "", "").run(null);
        verify(users, never()).save(any());
    }

    @Test
    void outsideDemoModeDemoAccountsWithTheirDemoPasswordAreDisabled() {
        UserAccount demoAdmin = new UserAccount("admin", "Admin", encoder.encode("admin"), Role.ADMIN, Instant.now());
        UserAccount changed =
                new UserAccount("translator", "T", encoder.encode("a better secret"), Role.TRANSLATOR, Instant.now());
        when(users.findByUsername("admin")).thenReturn(Optional.of(demoAdmin));
        when(users.findByUsername("translator")).thenReturn(Optional.of(changed));
        assertThatThrownBy(() -> bootstrap(false, "", "").run(null)).hasMessageContaining("no enabled administrator");
        assertThat(demoAdmin.enabled()).isFalse();
        assertThat(changed.enabled()).isTrue();

        bootstrap(false, "admin", "a long new secret").run(null);
        assertThat(demoAdmin.enabled()).isTrue();
        assertThat(encoder.matches("a long new secret", demoAdmin.passwordHash()))
                .isTrue();
    }

    @Test
    void rolesFormALadder() {
        assertThat(Role.MANAGER.authorities()).containsExactly("ROLE_TRANSLATOR", "ROLE_REVIEWER", "ROLE_MANAGER");
        assertThat(Role.TRANSLATOR.includes(Role.REVIEWER)).isFalse();
        assertThat(Role.ADMIN.includes(Role.TRANSLATOR)).isTrue();
    }
}
