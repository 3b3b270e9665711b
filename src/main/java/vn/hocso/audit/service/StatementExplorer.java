package vn.hocso.audit.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.hocso.lrs.model.AgentIfi;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.persistence.StatementQuery;
import vn.hocso.lrs.persistence.StatementStore;
import vn.hocso.lrs.security.LrsAuthenticator;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.org.model.OrgScope;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * Auditors' read-only view of the LRS: statements filtered by person, verb, activity, registration and time range,
 * newest first, in pages (keyset on the storage id), one statement's full JSON, and exports. Reads are scoped: a
 * caller whose roles are not held on the city must name a person of their subtrees, and sees only that person's
 * statements; city-wide callers may also search without a person.
 */
@ApplicationScoped
public class StatementExplorer {

    /** Page size of the page view. */
    public static final int PAGE = 50;
    /** Most statements one export holds. */
    public static final int EXPORT_LIMIT = 100_000;

    /**
     * The filters, all optional.
     *
     * @param person a username or a 12-digit national id
     * @param after storage id of the last statement of the previous page
     */
    public record Filter(String person, String verb, String activity, UUID registration, Instant since,
            Instant until, Long after) {
    }

    /** A statement as one line of the list. */
    public record Row(long storageId, String id, String timestamp, String actor, String verb, String object,
            String result, String registration, boolean voided) {
    }

    /** One page of rows and the {@code after} value of the next page (null on the last). */
    public record Page(List<Row> rows, Long next, String personName) {
    }

    @Inject
    StatementService lrs;

    @Inject
    LrsAuthenticator agents;

    @Inject
    DataSource dataSource;

    /**
     * One page of statements.
     *
     * @throws DomainException 422 when a scoped caller names no person, 404 when the person is unknown or outside
     *         the scope
     */
    public Page page(Filter filter, OrgScope scope, boolean cityWide) {
        Subject who = subject(filter, scope, cityWide);
        List<StatementStore.Stored> found = lrs.query(query(filter, who, filter.after(), PAGE));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(PAGE, found.size()); i++) {
            rows.add(row(found.get(i)));
        }
        Long next = found.size() > PAGE ? found.get(PAGE - 1).id() : null;
        return new Page(rows, next, who == null ? null : who.name());
    }

    /** An export whose filters were checked: run it to receive the statements. */
    public interface Export {
        /** Every statement matching the filter (up to {@link #EXPORT_LIMIT}), newest first. */
        void run(Consumer<StatementStore.Stored> each);
    }

    /**
     * Checks the filter now and returns the export to run later (e.g. while a response streams).
     *
     * @throws DomainException as {@link #page}
     */
    public Export export(Filter filter, OrgScope scope, boolean cityWide) {
        Subject who = subject(filter, scope, cityWide);
        return each -> export(filter, who, each);
    }

    private void export(Filter filter, Subject who, Consumer<StatementStore.Stored> each) {
        Long after = null;
        int sent = 0;
        while (sent < EXPORT_LIMIT) {
            List<StatementStore.Stored> found = lrs.query(query(filter, who, after, 1000));
            for (int i = 0; i < Math.min(1000, found.size()) && sent < EXPORT_LIMIT; i++, sent++) {
                each.accept(found.get(i));
            }
            if (found.size() <= 1000) {
                return;
            }
            after = found.get(999).id();
        }
    }

    /**
     * One statement, if the caller may see it.
     *
     * @throws DomainException 404 when it does not exist or its actor is outside the scope
     */
    public String statement(UUID id, OrgScope scope, boolean cityWide) {
        StatementStore.Stored s = lrs.get(id).orElseThrow(DomainException::notFound);
        if (!cityWide) {
            JsonNode actor = XapiJson.parse(s.payload(), "statement").path("actor");
            String username = actor.path("account").path("name").asText(null);
            if (username == null || personInScope(username, scope).isEmpty()) {
                throw DomainException.notFound();
            }
        }
        return s.payload();
    }

    /** Parses one stored statement into a list row. */
    public static Row row(StatementStore.Stored s) {
        JsonNode st = XapiJson.parse(s.payload(), "statement");
        JsonNode actor = st.path("actor");
        String actorName = actor.path("name").asText(actor.path("account").path("name").asText(
                actor.path("mbox").asText("")));
        JsonNode display = st.path("verb").path("display");
        String verb = display.path("vi").asText(display.path("en-US").asText(display.path("en").asText(
                st.path("verb").path("id").asText().replaceAll(".*/", ""))));
        JsonNode object = st.path("object");
        JsonNode names = object.path("definition").path("name");
        String objectText = names.isObject() && names.size() > 0 ? names.elements().next().asText()
                : object.path("id").asText();
        JsonNode result = st.path("result");
        List<String> parts = new ArrayList<>();
        if (result.has("success")) {
            parts.add("success=" + result.get("success").asText());
        }
        if (result.has("completion")) {
            parts.add("completion=" + result.get("completion").asText());
        }
        if (result.path("score").has("scaled")) {
            parts.add("scaled=" + result.path("score").get("scaled").asText());
        }
        return new Row(s.id(), s.statementId().toString(), st.path("timestamp").asText(), actorName, verb,
                objectText, String.join(" ", parts), st.path("context").path("registration").asText(""),
                s.voided());
    }

    private record Subject(String ifi, String name) {
    }

    private Subject subject(Filter filter, OrgScope scope, boolean cityWide) {
        if (filter.person() == null || filter.person().isBlank()) {
            if (!cityWide) {
                throw new DomainException(422, AppMessages::explorer_personRequired);
            }
            return null;
        }
        String[] account = personInScope(filter.person().trim(), cityWide ? null : scope)
                .orElseThrow(DomainException::notFound);
        return new Subject(AgentIfi.of(agents.agentOf(account[0], null)), account[1]);
    }

    /** {username, display name} of the account with this username or national id, within the scope (null = any). */
    private Optional<String[]> personInScope(String person, OrgScope scope) {
        String sql = """
                SELECT a.username, a.display_name, u.path FROM user_account a
                LEFT JOIN person p ON p.id = a.person_id LEFT JOIN org_unit u ON u.id = p.institution_id
                WHERE a.username = lower(?) OR p.national_id = ?""";
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, person);
            ps.setString(2, person);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String path = rs.getString(3);
                    if (scope == null || (path != null && scope.covers(path))) {
                        return Optional.of(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return Optional.empty();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StatementQuery query(Filter f, Subject who, Long after, int limit) {
        return new StatementQuery(who == null ? null : who.ifi(), false, blankToNull(f.verb()),
                blankToNull(f.activity()), false, f.registration(), f.since(), f.until(), false, null, null, after,
                limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
