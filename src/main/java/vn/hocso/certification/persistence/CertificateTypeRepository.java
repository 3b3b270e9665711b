package vn.hocso.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocso.certification.model.CertificateType;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.persistence.OrgUnitRepository;

/** Queries on certificate types. */
@ApplicationScoped
public class CertificateTypeRepository implements PanacheRepository<CertificateType> {

    /** Active types that apply to a person whose institution has {@code institutionPath}. */
    public List<CertificateType> applicableTo(String institutionPath) {
        return list("select t from CertificateType t join fetch t.orgUnit u where t.active = true "
                + "and substring(?1, 1, length(u.path)) = u.path order by t.id", institutionPath);
    }

    /**
     * Types a reader of {@code scope} sees: those defined inside the scope and those defined above it (which apply to
     * people of the scope). Empty for an empty scope.
     */
    public List<CertificateType> visibleIn(OrgScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Parameters params = new Parameters();
        String inside = OrgUnitRepository.pathFilter("u.path", scope, params);
        StringBuilder above = new StringBuilder();
        for (int i = 0; i < scope.paths().size(); i++) {
            above.append(" or substring(:above").append(i).append(", 1, length(u.path)) = u.path");
            params.and("above" + i, scope.paths().get(i));
        }
        return find("select t from CertificateType t join fetch t.orgUnit u where " + inside + above
                + " order by t.id", params).list();
    }
}
