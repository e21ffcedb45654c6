package dev.tessera.security;

import dev.tessera.shared.ApiException;
import dev.tessera.shared.AuditEvent;
import dev.tessera.shared.Sha256;
import dev.tessera.shared.UploadedText;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: each user creates, lists and revokes their own; the API authenticates requests by them. */
@Service
class TokenService {

    /** Marks a Tessera token, so that people and secret scanners recognise one. */
    static final String PREFIX = "tsr_";

    static final int MAX_NAME_LENGTH = 100;
    private static final int RANDOM_BYTES = 32;
    private static final String CREATE_ANOTHER = "; create a new one under My account.";

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TokenService(
            ApiTokenRepository tokens,
            UserAccountRepository users,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {

        static TokenInfo of(ApiToken token) {
            return new TokenInfo(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.expiresAt());
        }
    }

    /** A new token with its secret, which exists only in this answer. */
    record CreatedToken(TokenInfo info, String token) {}

    /** What a presented token is worth. */
    sealed interface Check {}

    record Accepted(String username, Role role) implements Check {}

    /** @param reason what the client is told: unknown, revoked, expired or a disabled account */
    record Refused(String reason) implements Check {}

    /** The signed-in user's tokens that are not revoked (expired ones too, so that the user sees they expired). */
    @Transactional(readOnly = true)
    List<TokenInfo> tokens() {
        return tokens.findByUserUsernameAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(signedIn()).stream()
                .map(TokenInfo::of)
                .toList();
    }

    @Transactional(readOnly = true)
    TokenInfo token(long id) {
        return TokenInfo.of(own(id, signedIn()));
    }

    /** @param expiresAt null for a token that does not expire */
    @Transactional
    CreatedToken create(String name, Instant expiresAt) {
        String username = signedIn();
        String cleanName = validName(name);
        Instant now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ApiException.validation("\"expiresAt\" (" + expiresAt + ") is not in the future.")
                    .text("security.token-expiry-past", String.valueOf(expiresAt));
        }
        boolean taken = tokens.findByUserUsernameAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(username).stream()
                .anyMatch(t -> t.isLiveAt(now) && t.name().equals(cleanName));
        if (taken) {
            throw ApiException.duplicate("You already have a token named \"" + cleanName + "\"; choose another name"
                            + " or revoke that one first.")
                    .text("token.name-taken", cleanName);
        }
        UserAccount user = users.findByUsername(username)
                .orElseThrow(() -> new NotPermittedException("Sign in first.").text("security.sign-in-first"));
        String secret = newSecret();
        ApiToken token = tokens.save(new ApiToken(
                user,
                cleanName,
                hash(secret),
                now,
                expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS)));
        publisher.publishEvent(AuditEvent.of(username, "token_created", username, cleanName));
        return new CreatedToken(TokenInfo.of(token), secret);
    }

    @Transactional
    void revoke(long id) {
        String username = signedIn();
        ApiToken token = own(id, username);
        token.revoke(now());
        publisher.publishEvent(AuditEvent.of(username, "token_revoked", username, token.name()));
    }

    /** Checks a presented token; a good one answers its user's current role and has its last use noted. */
    @Transactional
    Check authenticate(String secret) {
        ApiToken token = secret == null || !secret.startsWith(PREFIX)
                ? null
                : tokens.findByTokenHash(hash(secret)).orElse(null);
        if (token == null) {
            return new Refused("This API token is not known; check it, or create one under My account.");
        }
        Instant now = now();
        if (token.revokedAt() != null) {
            return new Refused("This API token was revoked at " + token.revokedAt() + CREATE_ANOTHER);
        }
        if (token.isExpiredAt(now)) {
            return new Refused("This API token expired at " + token.expiresAt() + CREATE_ANOTHER);
        }
        UserAccount user = token.user();
        if (!user.enabled()) {
            return new Refused("The account of this API token is disabled; ask an administrator.");
        }
        token.usedAt(now);
        return new Accepted(user.username(), user.role());
    }

    /** A date as an expiry means the token works through that day (UTC) and expires as the next begins. */
    static Instant expiryAtEndOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    private ApiToken own(long id, String username) {
        return tokens.findByIdAndUserUsernameAndRevokedAtIsNull(id, username)
                .orElseThrow(() -> ApiException.notFound("You have no token with id " + id + ".")
                        .text("security.token-not-found", String.valueOf(id)));
    }

    private String signedIn() {
        return currentUser.require(Role.TRANSLATOR);
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw ApiException.validation("\"name\" is required: say what the token is for, such as \"CI export\".")
                    .text("token.name-missing");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw ApiException.validation("\"name\" is longer than " + MAX_NAME_LENGTH + " characters.")
                    .text("security.token-name-too-long", MAX_NAME_LENGTH);
        }
        UploadedText.check(clean, "\"name\"");
        return clean;
    }

    private String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A plain SHA-256, not a slow password hash: the secret is 32 random bytes, far beyond guessing, so a fast
     * hash protects a leaked table as well and keeps the per-request check cheap.
     */
    static String hash(String secret) {
        return Sha256.hex(secret);
    }

    private Instant now() {
        // The database keeps microseconds: the answer to a create then equals what a later list shows.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
