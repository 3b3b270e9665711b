package vn.hocso.lrs.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The filters of a statement query (GET /statements without statementId) and the SQL that answers it.
 *
 * <p>"Match" filters (agent, verb, activity, registration) also accept a statement whose object is a StatementRef to a
 * statement that matches them (xAPI: filter conditions for StatementRefs); that second branch is driven from the few
 * statements that hold a StatementRef. The first branch starts from the most selective index: the agent link, the
 * activity link, or the statement table itself. Paging is keyset on the storage id ({@code after}), never OFFSET.
 *
 * @param agentIfi agent key, or null
 * @param relatedAgents match the agent anywhere in the statement, not only as actor or object
 * @param activityIri activity IRI, or null
 * @param relatedActivities match the activity anywhere, not only as object
 * @param actorIfi only statements whose actor is this agent (an LMS user reading their own), or null
 * @param authorityIfi only statements stored with this authority ({@code statements/read/mine}), or null
 * @param after storage id of the last statement of the previous page, or null
 * @param limit page size (≥ 1)
 */
public record StatementQuery(String agentIfi, boolean relatedAgents, String verbIri, String activityIri,
        boolean relatedActivities, UUID registration, Instant since, Instant until, boolean ascending,
        String actorIfi, String authorityIfi, Long after, int limit) {

    /** SQL text and its parameters in order. */
    public record Sql(String text, List<Object> params) {
    }

    private static final String COLUMNS = "s.id, s.statement_id, s.voided, s.payload";

    private boolean hasMatchFilter() {
        return agentIfi != null || verbIri != null || activityIri != null || registration != null;
    }

    /** The SQL for this query (one more row than the limit is read, to know whether there is a next page). */
    public Sql toSql() {
        List<Object> params = new ArrayList<>();
        String order = ascending ? "ASC" : "DESC";
        StringBuilder direct = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ");
        if (agentIfi != null) {
            direct.append("lrs_statement_agent a JOIN lrs_statement s ON s.id = a.statement_pk WHERE a.agent_ifi = ?");
            params.add(agentIfi);
            if (!relatedAgents) {
                direct.append(" AND a.direct");
            }
            appendMatch(direct, params, "s", false, true);
        } else if (activityIri != null) {
            direct.append("lrs_statement_activity v JOIN lrs_statement s ON s.id = v.statement_pk "
                    + "WHERE v.activity_iri = ?");
            params.add(activityIri);
            if (!relatedActivities) {
                direct.append(" AND v.direct");
            }
            appendMatch(direct, params, "s", false, false);
        } else {
            direct.append("lrs_statement s WHERE TRUE");
            appendMatch(direct, params, "s", true, true);
        }
        appendWindow(direct, params);
        direct.append(" ORDER BY s.id ").append(order).append(" LIMIT ").append(limit + 1);
        if (!hasMatchFilter()) {
            return new Sql(direct.toString(), params);
        }
        StringBuilder viaRef = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM lrs_statement s ")
                .append("JOIN lrs_statement t ON t.statement_id = s.ref_statement_id WHERE s.ref_statement_id IS NOT NULL");
        appendMatch(viaRef, params, "t", true, true);
        appendWindow(viaRef, params);
        viaRef.append(" ORDER BY s.id ").append(order).append(" LIMIT ").append(limit + 1);
        String sql = "SELECT * FROM ((" + direct + ") UNION (" + viaRef + ")) s ORDER BY s.id " + order
                + " LIMIT " + (limit + 1);
        return new Sql(sql, params);
    }

    /** The match filters on alias {@code x}; agent/activity links as EXISTS when not the driving table. */
    private void appendMatch(StringBuilder sql, List<Object> params, String x, boolean agentToo,
            boolean activityToo) {
        if (agentToo && agentIfi != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM lrs_statement_agent a2 WHERE a2.agent_ifi = ? AND a2.statement_pk = ")
                    .append(x).append(".id").append(relatedAgents ? "" : " AND a2.direct").append(')');
            params.add(agentIfi);
        }
        if (activityToo && activityIri != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM lrs_statement_activity v2 WHERE v2.activity_iri = ? ")
                    .append("AND v2.statement_pk = ").append(x).append(".id")
                    .append(relatedActivities ? "" : " AND v2.direct").append(')');
            params.add(activityIri);
        }
        if (verbIri != null) {
            sql.append(" AND ").append(x).append(".verb_iri = ?");
            params.add(verbIri);
        }
        if (registration != null) {
            sql.append(" AND ").append(x).append(".registration = ?");
            params.add(registration);
        }
    }

    /** Conditions on the returned statement itself: not voided, time window, actor, authority, page position. */
    private void appendWindow(StringBuilder sql, List<Object> params) {
        sql.append(" AND NOT s.voided");
        // Ids and stored times grow together, so the first statement stored after "since" (found on the stored
        // index) bounds the ids of all of them: an ordered id scan can start there instead of at the oldest.
        if (since != null) {
            sql.append(" AND s.stored > ? AND s.id >= (SELECT x.id FROM lrs_statement x WHERE x.stored > ?"
                    + " ORDER BY x.stored, x.id LIMIT 1)");
            params.add(since);
            params.add(since);
        }
        if (until != null) {
            sql.append(" AND s.stored <= ? AND s.id <= (SELECT x.id FROM lrs_statement x WHERE x.stored <= ?"
                    + " ORDER BY x.stored DESC, x.id DESC LIMIT 1)");
            params.add(until);
            params.add(until);
        }
        if (actorIfi != null) {
            sql.append(" AND s.actor_ifi = ?");
            params.add(actorIfi);
        }
        if (authorityIfi != null) {
            sql.append(" AND s.authority_ifi = ?");
            params.add(authorityIfi);
        }
        if (after != null) {
            sql.append(ascending ? " AND s.id > ?" : " AND s.id < ?");
            params.add(after);
        }
    }
}
