package vn.hocso.competency.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.competency.model.Attainment;
import vn.hocso.competency.service.AttainmentQueries;
import vn.hocso.competency.service.AttainmentService;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.DomainException;

/** Derived attainment: read a person's, and recompute it from evidence (one person or everyone). */
@Path("/api/v1/competency/attainment")
@Tag(name = "Competency evidence")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AttainmentResource {

    /** Body of a recompute: a person, or nothing for everyone. */
    public record RecomputeRequest(Long personId) {
    }

    @Inject
    AttainmentService attainment;

    @Inject
    AttainmentQueries queries;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "A person's attainment (active and expired)")
    public List<Attainment> ofPerson(@QueryParam("person") Long personId) {
        if (personId == null) {
            throw new DomainException(422, m -> m.error_validation(), List.of(
                    new DomainException.FieldError("person", m -> m.error_fieldRequired())));
        }
        return queries.ofPerson(personId, user.readScope());
    }

    @POST
    @Path("recompute")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute attainment from evidence: {\"personId\": n} for one person, {} for everyone")
    public Map<String, Object> recompute(RecomputeRequest request) {
        if (request != null && request.personId() != null) {
            queries.requireVisible(request.personId(), user.writeScope());
            boolean changed = attainment.recompute(request.personId());
            return Map.of("recomputed", 1, "changed", changed);
        }
        return Map.of("recomputed", attainment.recomputeEveryone());
    }
}
