package dev.tessera.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, ProjectMember.Key> {

    Optional<ProjectMember> findByProjectIdAndUsername(long projectId, String username);

    List<ProjectMember> findByProjectIdOrderByUsernameAsc(long projectId);

    @Query("select m.projectId from ProjectMember m where m.username = :username")
    List<Long> projectIdsOf(String username);

    @Modifying
    @Query("delete from ProjectMember m where m.projectId = :projectId and m.username = :username")
    int remove(long projectId, String username);
}
