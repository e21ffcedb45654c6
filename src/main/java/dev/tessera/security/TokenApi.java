package dev.tessera.security;

import dev.tessera.shared.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/me/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API tokens", description = "Personal access tokens, sent as \"Authorization: Bearer <token>\"")
@ApiRole(Role.TRANSLATOR)
class TokenApi {

    private final TokenService tokens;

    TokenApi(TokenService tokens) {
        this.tokens = tokens;
    }

    record TokenJson(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
        static TokenJson of(TokenService.TokenInfo t) {
            return new TokenJson(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.expiresAt());
        }
    }

    /** @param expiresAt an ISO-8601 instant, or a date: the token then works through that day (UTC) */
    record NewTokenJson(String name, String expiresAt) {}

    record CreatedTokenJson(long id, String name, String token, Instant createdAt, Instant expiresAt) {}

    @GetMapping
    @Operation(summary = "Your tokens that are not revoked (never their secret)")
    List<TokenJson> tokens() {
        return tokens.tokens().stream().map(TokenJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your tokens")
    TokenJson token(@PathVariable long id) {
        return TokenJson.of(tokens.token(id));
    }

    @ApiRole(
            value = Role.TRANSLATOR,
            errors = {409})
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a token; its secret is in this answer only. Needs your password, not a token")
    ResponseEntity<CreatedTokenJson> create(@RequestBody(required = false) NewTokenJson request, Principal principal) {
        // A token that could mint tokens would outlive its own expiry and revocation once leaked.
        if (principal instanceof BearerTokenFilter.TokenAuthentication) {
            throw ApiException.forbidden("A token cannot create tokens; sign in with your password (HTTP Basic)"
                    + " or use My account in the browser.");
        }
        if (request == null) {
            throw ApiException.validation("Send the token as JSON: {\"name\": …, \"expiresAt\": … (optional)}.");
        }
        TokenService.CreatedToken created = tokens.create(request.name(), expiry(request.expiresAt()));
        TokenService.TokenInfo info = created.info();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + info.id()))
                .body(new CreatedTokenJson(
                        info.id(), info.name(), created.token(), info.createdAt(), info.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your tokens")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    private static Instant expiry(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains("T") ? Instant.parse(value) : TokenService.expiryAtEndOf(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw ApiException.validation("\"expiresAt\" must be an ISO-8601 instant such as 2030-01-31T12:00:00Z"
                    + " or a date such as 2030-01-31, not \"" + text + "\".");
        }
    }
}
