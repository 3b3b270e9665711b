package vn.hocso.lrs.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The xAPI endpoint {@code /xapi/…}: turns HTTP requests into {@link XapiRequest}s for the {@link XapiDispatcher}
 * and its answers back into HTTP. Authentication is the LRS's own (LRS credentials or the LMS session), so the
 * endpoint is open to the LMS's security layer.
 */
@Path("/xapi")
@Tag(name = "xAPI LRS", description = "xAPI 1.0.3 and 2.0.0 learning record store (send X-Experience-API-Version)")
@PermitAll
@Blocking
public class XapiResource {

    @Inject
    XapiDispatcher dispatcher;

    @GET
    @Path("{resource: .+}")
    @Operation(summary = "xAPI GET (statements, activities, agents, state, profiles, about)")
    public Response get(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers) {
        return call("GET", resource, uri, headers, null);
    }

    @HEAD
    @Path("{resource: .+}")
    public Response head(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers) {
        return call("HEAD", resource, uri, headers, null);
    }

    @PUT
    @Path("{resource: .+}")
    @Operation(summary = "xAPI PUT (a statement with statementId, or a document)")
    public Response put(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return call("PUT", resource, uri, headers, body);
    }

    @POST
    @Path("{resource: .+}")
    @Operation(summary = "xAPI POST (statements, or a JSON document merge)")
    public Response post(@PathParam("resource") String resource, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return call("POST", resource, uri, headers, body);
    }

    @DELETE
    @Path("{resource: .+}")
    @Operation(summary = "xAPI DELETE (documents)")
    public Response delete(@PathParam("resource") String resource, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return call("DELETE", resource, uri, headers, null);
    }

    private Response call(String method, String resource, UriInfo uri, HttpHeaders httpHeaders, byte[] body) {
        Map<String, String> params = new HashMap<>();
        MultivaluedMap<String, String> query = uri.getQueryParameters(true);
        query.forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        Map<String, String> headers = new HashMap<>();
        httpHeaders.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
        boolean duplicated = query.values().stream().anyMatch(v -> v.size() > 1);
        XapiResponse answer = dispatcher.dispatch(new XapiRequest(method, resource, params, headers, body),
                duplicated);
        Response.ResponseBuilder b = Response.status(answer.status());
        answer.headers().forEach(b::header);
        if (!"HEAD".equals(method) && answer.body().length > 0) {
            b.entity(answer.body());
        }
        return b.build();
    }
}
