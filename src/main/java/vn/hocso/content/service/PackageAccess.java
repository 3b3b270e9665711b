package vn.hocso.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgScope;
import vn.hocso.platform.web.DomainException;

/**
 * Who may take which package: a learner takes the active packages published on their unit or any unit above it;
 * trainers and administrators may also open (preview) the packages of the subtrees they manage.
 */
@ApplicationScoped
public class PackageAccess {

    @Inject
    PackageRepository packages;

    /** Active packages the user may take, by title. */
    @Transactional
    public List<ContentPackage> available(CurrentUser user) {
        Map<Long, ContentPackage> found = new LinkedHashMap<>();
        for (String path : user.scope(Role.LEARNER).paths()) {
            packages.availableTo(path).forEach(p -> found.putIfAbsent(p.id, p));
        }
        return List.copyOf(found.values());
    }

    /**
     * A package the user may take.
     *
     * @throws DomainException 404 when it does not exist or the user may not take it
     */
    @Transactional
    public ContentPackage takeable(long id, CurrentUser user) {
        ContentPackage p = packages.findById(id);
        if (p == null) {
            throw DomainException.notFound();
        }
        String unit = p.orgUnit.path;
        boolean learner = user.scope(Role.LEARNER).paths().stream().anyMatch(path -> path.startsWith(unit));
        OrgScope manage = user.scope(Role.TRAINER, Role.ADMIN);
        if (!learner && !manage.covers(p.orgUnit)) {
            throw DomainException.notFound();
        }
        return p;
    }
}
