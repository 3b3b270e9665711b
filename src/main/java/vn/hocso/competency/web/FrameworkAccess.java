package vn.hocso.competency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocso.competency.model.CompetencyAssociation;
import vn.hocso.competency.model.CompetencyItem;
import vn.hocso.competency.service.FrameworkService;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.web.DomainException;

/**
 * What the framework resources and pages share: frameworks are city-wide, so only administrators of the city itself
 * (not of a district or school) import and edit them; any signed-in user reads them. Also assembles a version's
 * detail view.
 */
@RequestScoped
public class FrameworkAccess {

    @Inject
    CurrentUser user;

    @Inject
    OrgService org;

    @Inject
    FrameworkService frameworks;

    /** True when the caller is an administrator of the city root. */
    public boolean cityAdmin() {
        return org.roots(user.writeScope()).stream().anyMatch(u -> u.parent == null);
    }

    /**
     * @throws DomainException 403 unless the caller is a city-level administrator
     */
    public void requireCityAdmin() {
        if (!cityAdmin()) {
            throw DomainException.forbidden();
        }
    }

    /**
     * A version in full: tree, levels, associations, crosswalks both ways, role targets and the versions of the
     * same framework.
     *
     * @throws DomainException 404 when there is no such version
     */
    public FrameworkViews.Detail detail(long id) {
        var content = frameworks.content(id);
        List<CompetencyAssociation> incoming = frameworks.incoming(id);
        Set<Long> origins = new HashSet<>();
        incoming.forEach(a -> {
            if (a.originItemId != null) {
                origins.add(a.originItemId);
            }
        });
        Map<Long, CompetencyItem> originItems = new HashMap<>();
        frameworks.items(origins).forEach(i -> originItems.put(i.id, i));
        var versions = FrameworkViews.groups(frameworks.versions().stream()
                .filter(f -> f.code.equals(content.framework().code)).toList(), frameworks.itemCounts());
        return FrameworkViews.detail(content, incoming, originItems, versions);
    }
}
