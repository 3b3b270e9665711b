package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.lrs.model.AgentIfi;
import vn.hocso.lrs.persistence.StatementRow;

/**
 * Which agents and activities a statement mentions, and whether directly (actor/object: the {@code agent} and
 * {@code activity} filters) or only as related (the {@code related_agents} / {@code related_activities} filters):
 * authority, instructor, team, context agents and groups, group members, context activities and everything inside a
 * sub-statement.
 */
final class StatementLinks {

    private final Map<String, Boolean> agents = new LinkedHashMap<>();
    private final Map<String, Boolean> activities = new LinkedHashMap<>();

    private StatementLinks() {
    }

    /** The links of a stored statement (with its authority). */
    static StatementLinks of(JsonNode statement) {
        StatementLinks links = new StatementLinks();
        links.statement(statement, true);
        links.agent(statement.get("authority"), false);
        return links;
    }

    List<StatementRow.Link> agents() {
        return toLinks(agents);
    }

    List<StatementRow.Link> activities() {
        return toLinks(activities);
    }

    private void statement(JsonNode s, boolean top) {
        agent(s.get("actor"), top);
        JsonNode object = s.get("object");
        if (object != null) {
            String type = object.path("objectType").asText("Activity");
            switch (type) {
                case "Agent", "Group" -> agent(object, top);
                case "SubStatement" -> statement(object, false);
                case "StatementRef" -> { }
                default -> add(activities, object.path("id").asText(null), top);
            }
        }
        JsonNode context = s.get("context");
        if (context != null) {
            agent(context.get("instructor"), false);
            agent(context.get("team"), false);
            for (JsonNode ca : context.path("contextAgents")) {
                agent(ca.get("agent"), false);
            }
            for (JsonNode cg : context.path("contextGroups")) {
                agent(cg.get("group"), false);
            }
            JsonNode contextActivities = context.get("contextActivities");
            if (contextActivities != null) {
                contextActivities.forEach(list -> {
                    if (list.isArray()) {
                        list.forEach(a -> add(activities, a.path("id").asText(null), false));
                    } else {
                        add(activities, list.path("id").asText(null), false);
                    }
                });
            }
        }
    }

    private void agent(JsonNode agent, boolean direct) {
        if (agent == null || !agent.isObject()) {
            return;
        }
        add(agents, AgentIfi.of(agent), direct);
        for (JsonNode member : agent.path("member")) {
            add(agents, AgentIfi.of(member), false);
        }
    }

    private static void add(Map<String, Boolean> map, String key, boolean direct) {
        if (key != null) {
            map.merge(key, direct, Boolean::logicalOr);
        }
    }

    private static List<StatementRow.Link> toLinks(Map<String, Boolean> map) {
        List<StatementRow.Link> links = new ArrayList<>(map.size());
        map.forEach((k, d) -> links.add(new StatementRow.Link(k, d)));
        return links;
    }
}
