package dev.tessera.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with its user, whose role and state every authenticated request needs. */
    @EntityGraph(attributePaths = "user")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserUsernameAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(String username);

    Optional<ApiToken> findByIdAndUserUsernameAndRevokedAtIsNull(long id, String username);
}
