package vn.hocso.content.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.content.service.PackageService;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgScope;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/**
 * Content packages: upload (multipart field {@code file}; streamed to disk, never held in memory), list, read,
 * new versions, archive and delete. Trainers and administrators manage the packages of their subtrees; auditors read.
 */
@Path("/api/v1/packages")
@Tag(name = "Content")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class PackageResource {

    @Inject
    PackageService packages;

    @Inject
    CurrentUser user;

    @Inject
    vn.hocso.audit.service.AuditLog audit;

    @POST
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a SCORM 1.2/2004, xAPI (tincan.xml) or cmi5 package (zip) as a new package")
    public Response create(@RestForm("file") FileUpload file, @RestForm("orgUnit") Long orgUnit) {
        PackageVersion v = packages.create(required(file), file.fileName(), orgUnit, uploader());
        audited("content.package.upload", v.contentPackage.id, Map.of("version", v.version, "file",
                String.valueOf(file.fileName())));
        return Response.created(URI.create("/api/v1/packages/" + v.contentPackage.id))
                .entity(detail(v.contentPackage.id, readScope())).build();
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a new version of a package (running attempts keep theirs)")
    public Response addVersion(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        PackageVersion v = packages.addVersion(id, required(file), file.fileName(), uploader());
        audited("content.package.version", id, Map.of("version", v.version, "file", String.valueOf(file.fileName())));
        return Response.created(URI.create("/api/v1/packages/" + id)).entity(detail(id, readScope())).build();
    }

    @GET
    @RolesAllowed({"TRAINER", "ADMIN", "AUDITOR"})
    @Operation(summary = "Packages of the caller's subtrees, most recently changed first; paged")
    public PageResult<PackageViews.PackageSummary> list(@QueryParam("archived") boolean archived,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return packages.list(readScope(), archived, PageRequest.of(page, size)).map(PackageViews::summary);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"TRAINER", "ADMIN", "AUDITOR"})
    @Operation(summary = "One package: its latest structure (organisations, items, SCOs / AUs / activities, launch "
            + "entries) and its versions")
    public PackageViews.PackageDetail get(@PathParam("id") long id) {
        return detail(id, readScope());
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "Archive a package: no new launches; attempts and statements stay")
    public PackageViews.PackageDetail archive(@PathParam("id") long id) {
        packages.setArchived(id, true, writeScope());
        audited("content.package.archive", id, Map.of());
        return detail(id, writeScope());
    }

    @POST
    @Path("{id}/unarchive")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "Offer an archived package again")
    public PackageViews.PackageDetail unarchive(@PathParam("id") long id) {
        packages.setArchived(id, false, writeScope());
        audited("content.package.unarchive", id, Map.of());
        return detail(id, writeScope());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "Delete a package nobody has started (409 otherwise: archive it)")
    public Response delete(@PathParam("id") long id) {
        PackageService.Detail gone = packages.detail(id, writeScope());
        packages.delete(id, writeScope());
        audit.recordForCaller("content.package.delete", "content_package", Long.toString(id),
                gone.contentPackage().orgUnit.path, Map.of("title", gone.contentPackage().title));
        return Response.noContent().build();
    }

    /** Records the caller's action on a package in the audit log (with the package's org unit). */
    private void audited(String action, long id, Map<String, ?> details) {
        PackageService.Detail d = packages.detail(id, readScope());
        audit.recordForCaller(action, "content_package", Long.toString(id), d.contentPackage().orgUnit.path,
                details);
    }

    private PackageViews.PackageDetail detail(long id, OrgScope scope) {
        return PackageViews.detail(packages.detail(id, scope));
    }

    private static java.nio.file.Path required(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new DomainException(400, AppMessages::error_packageFileMissing);
        }
        return file.uploadedFile();
    }

    private PackageService.Uploader uploader() {
        return new PackageService.Uploader(user.id(), writeScope());
    }

    private OrgScope writeScope() {
        return user.scope(Role.TRAINER, Role.ADMIN);
    }

    private OrgScope readScope() {
        return user.scope(Role.TRAINER, Role.ADMIN, Role.AUDITOR);
    }

}
