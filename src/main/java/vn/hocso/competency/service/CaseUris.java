package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.hocso.competency.config.FrameworkConfig;
import vn.hocso.lrs.config.LrsConfig;

/**
 * The public URIs of CASE nodes served by this server: {@code {base}/ims/case/v1p1/CFItems/{identifier}} and so on,
 * where base is {@code hocso.competency.frameworks.public-url} or else the LRS account home page.
 */
@ApplicationScoped
public class CaseUris {

    /** Path of the CASE 1.1 provider. */
    public static final String PREFIX = "/ims/case/v1p1";

    @Inject
    FrameworkConfig config;

    @Inject
    LrsConfig lrs;

    public String base() {
        return config.publicUrl().filter(u -> !u.isBlank()).orElse(lrs.accountHomePage()).replaceAll("/+$", "")
                + PREFIX;
    }

    public String document(UUID id) {
        return base() + "/CFDocuments/" + id;
    }

    public String pkg(UUID id) {
        return base() + "/CFPackages/" + id;
    }

    public String item(UUID id) {
        return base() + "/CFItems/" + id;
    }

    public String association(UUID id) {
        return base() + "/CFAssociations/" + id;
    }

    public String rubric(UUID id) {
        return base() + "/CFRubrics/" + id;
    }

    /** A criterion or level inside a rubric (CASE has no endpoint of its own for them). */
    public String inRubric(UUID rubric, UUID part) {
        return rubric(rubric) + "#" + part;
    }

    public String itemType(UUID id) {
        return base() + "/CFItemTypes/" + id;
    }

    public String licence(UUID id) {
        return base() + "/CFLicenses/" + id;
    }

    /** The rubric that publishes a version's proficiency scale. */
    public static UUID rubricOf(UUID document) {
        return FrameworkCodes.derived(document, "rubric");
    }

    /** The single criterion of that rubric. */
    public static UUID criterionOf(UUID document) {
        return FrameworkCodes.derived(document, "criterion");
    }
}
