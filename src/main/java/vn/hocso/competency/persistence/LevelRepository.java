package vn.hocso.competency.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.hocso.competency.model.ProficiencyLevel;

/** Proficiency levels of framework versions. */
@ApplicationScoped
public class LevelRepository implements PanacheRepository<ProficiencyLevel> {

    /** The scale of a version, lowest level first. */
    public List<ProficiencyLevel> ofFramework(long frameworkId) {
        return list("frameworkId", Sort.by("ordinal"), frameworkId);
    }

    /** Which of these CASE identifiers are already taken by levels. */
    public List<UUID> takenIdentifiers(Collection<UUID> identifiers) {
        return identifiers.isEmpty() ? List.of() : getEntityManager().createQuery(
                "SELECT l.identifier FROM ProficiencyLevel l WHERE l.identifier IN :ids", UUID.class)
                .setParameter("ids", identifiers).getResultList();
    }
}
