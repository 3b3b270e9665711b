package vn.hocso.audit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.hocso.audit.service.StatementExplorer;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;

/**
 * Auditors' (and administrators') LRS query page: filter statements by person, verb, activity, registration and
 * dates (Ho Chi Minh City days), page through them, open one, export CSV or JSON. Read-only; scoped as
 * {@link StatementExplorer} says. Bad filter values are a 400 with the field named.
 */
@Path("/audit/statements")
@Blocking
@RolesAllowed({"AUDITOR", "ADMIN"})
public class StatementExplorerPage {

    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Query q, StatementExplorer.Page result);

        static native TemplateInstance detail(String id, String json);
    }

    /** The query string of the page (echoed into the form and the links). */
    public static class Query {
        @QueryParam("person") public String person;
        @QueryParam("verb") public String verb;
        @QueryParam("activity") public String activity;
        @QueryParam("registration") public String registration;
        @QueryParam("from") public String from;
        @QueryParam("to") public String to;
        @QueryParam("after") public Long after;

        /** The query string without {@code after}, for the next-page and export links. */
        public String encoded() {
            StringBuilder b = new StringBuilder();
            add(b, "person", person);
            add(b, "verb", verb);
            add(b, "activity", activity);
            add(b, "registration", registration);
            add(b, "from", from);
            add(b, "to", to);
            return b.toString();
        }

        private static void add(StringBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.append(b.length() == 0 ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }

        StatementExplorer.Filter filter() {
            UUID reg = null;
            if (registration != null && !registration.isBlank()) {
                try {
                    reg = UUID.fromString(registration.trim());
                } catch (IllegalArgumentException e) {
                    throw bad("registration");
                }
            }
            return new StatementExplorer.Filter(person, verb, activity, reg, day(from, "from", 0),
                    day(to, "to", 1), after);
        }

        private static Instant day(String value, String field, int plusDays) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim()).plusDays(plusDays).atStartOfDay(CITY).toInstant();
            } catch (DateTimeParseException e) {
                throw bad(field);
            }
        }

        private static DomainException bad(String field) {
            return new DomainException(400, AppMessages::error_badParameter, java.util.List.of(
                    new DomainException.FieldError(field, AppMessages::error_badParameter)));
        }
    }

    @Inject
    StatementExplorer explorer;

    @Inject
    CurrentUser user;

    @Inject
    OrgService org;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam Query q) {
        boolean searched = q.encoded().length() > 0 || q.after != null;
        OrgScope scope = user.readScope();
        boolean cityWide = cityWide(scope);
        if (!searched && !cityWide) {
            return page.view(Templates.list(q, null));
        }
        return page.view(Templates.list(q, explorer.page(q.filter(), scope, cityWide)));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound();
        }
        OrgScope scope = user.readScope();
        String json = explorer.statement(uuid, scope, cityWide(scope));
        return page.view(Templates.detail(id, XapiJson.MAPPER.valueToTree(XapiJson.parse(json, "statement"))
                .toPrettyString()));
    }

    @GET
    @Path("export")
    public Response export(@BeanParam Query q, @QueryParam("format") String format) {
        OrgScope scope = user.readScope();
        boolean cityWide = cityWide(scope);
        StatementExplorer.Filter filter = q.filter();
        boolean json = "json".equals(format);
        if (!json && format != null && !"csv".equals(format)) {
            throw Query.bad("format");
        }
        StatementExplorer.Export export = explorer.export(filter, scope, cityWide);
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (json) {
                w.write('[');
            } else {
                w.write('\ufeff');
                w.write("statement_id,timestamp,actor,verb,object,result,registration,voided\r\n");
            }
            boolean[] first = {true};
            export.run(s -> {
                try {
                    if (json) {
                        w.write(first[0] ? "" : ",");
                        w.write(s.payload());
                    } else {
                        StatementExplorer.Row r = StatementExplorer.row(s);
                        w.write(String.join(",", csv(r.id()), csv(r.timestamp()), csv(r.actor()), csv(r.verb()),
                                csv(r.object()), csv(r.result()), csv(r.registration()), Boolean.toString(r.voided())));
                        w.write("\r\n");
                    }
                    first[0] = false;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (json) {
                w.write(']');
            }
            w.flush();
        };
        return Response.ok(body, json ? MediaType.APPLICATION_JSON + ";charset=UTF-8" : "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statements." + (json ? "json" : "csv") + "\"")
                .build();
    }

    /** A CSV field, always quoted (see {@link vn.hocso.platform.text.CsvCell#of}). */
    static String csv(String value) {
        return vn.hocso.platform.text.CsvCell.of(value == null ? "" : value);
    }

    private boolean cityWide(OrgScope scope) {
        return org.roots(scope).stream().anyMatch(u -> u.parent == null);
    }
}
