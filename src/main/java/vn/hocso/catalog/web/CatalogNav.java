package vn.hocso.catalog.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the layout's navigation needs to know about the catalogue features ({@code inject:catalogNav}). */
@Named("catalogNav")
@RequestScoped
public class CatalogNav {

    @Inject
    SecurityIdentity identity;

    /** True for administrators, who may open the campaign page. */
    public boolean canLaunchCampaigns() {
        try {
            return !identity.isAnonymous() && identity.hasRole("ADMIN");
        } catch (RuntimeException failedAuthentication) {
            return false;
        }
    }
}
