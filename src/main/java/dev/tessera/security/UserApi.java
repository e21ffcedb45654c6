package dev.tessera.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users")
@ApiRole(Role.ADMIN)
class UserApi {

    private final UserService users;

    UserApi(UserService users) {
        this.users = users;
    }

    record UserJson(String username, String displayName, String role, Boolean enabled, String password) {}

    /** The body is {"current","new"}; "new" is a Java keyword, hence the component's name. */
    record PasswordJson(String current, @JsonProperty("new") String next) {}

    @GetMapping("/users")
    @Operation(summary = "Every user (ADMIN)")
    List<UserSummary> list() {
        return users.users();
    }

    @ApiRole(
            value = Role.ADMIN,
            errors = {409})
    @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user (ADMIN); the password needs 10 characters outside demo mode")
    ResponseEntity<UserSummary> create(@RequestBody UserJson body) {
        UserSummary created = users.create(
                new UserService.NewUser(body.username(), body.displayName(), Role.parse(body.role()), body.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
                .body(created);
    }

    @ApiRole(
            value = Role.ADMIN,
            errors = {409})
    @PatchMapping(path = "/users/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a user's display name, role, enabled flag or password (ADMIN); a new role, a"
                    + " password reset or disabling ends the user's sessions")
    UserSummary change(@PathVariable String username, @RequestBody UserJson body) {
        return users.update(
                username,
                new UserService.UserChange(
                        body.displayName(), Role.parse(body.role()), body.enabled(), body.password()));
    }

    @ApiRole(Role.TRANSLATOR)
    @PostMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change your own password: {\"current\",\"new\"}")
    ResponseEntity<Void> changePassword(@RequestBody PasswordJson body) {
        users.changeOwnPassword(body.current(), body.next());
        return ResponseEntity.noContent().build();
    }
}
