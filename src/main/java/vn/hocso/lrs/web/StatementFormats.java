package vn.hocso.lrs.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code format} parameter of statement GETs: {@code exact} returns statements as stored; {@code ids} keeps only
 * the identifiers of agents, groups (and anonymous groups' members), activities and verbs; {@code canonical} puts the
 * LRS's canonical activity definitions in and keeps one language per language map, the best match for
 * {@code Accept-Language}.
 */
final class StatementFormats {

    private static final Set<String> AGENT_IDS = Set.of("objectType", "mbox", "mbox_sha1sum", "openid", "account");

    private StatementFormats() {
    }

    /** Reduces a statement to identifiers (format=ids), in place. */
    static void ids(ObjectNode s) {
        agentIds(s.get("actor"));
        agentIds(s.get("authority"));
        s.set("verb", idOnly(s.get("verb")));
        JsonNode object = s.get("object");
        if (object instanceof ObjectNode o) {
            switch (o.path("objectType").asText("Activity")) {
                case "Agent", "Group" -> agentIds(o);
                case "SubStatement" -> ids(o);
                case "StatementRef" -> { }
                default -> s.set("object", activityIds(o));
            }
        }
        JsonNode context = s.get("context");
        if (context instanceof ObjectNode c) {
            agentIds(c.get("instructor"));
            agentIds(c.get("team"));
            c.path("contextAgents").forEach(a -> agentIds(a.get("agent")));
            c.path("contextGroups").forEach(g -> agentIds(g.get("group")));
            if (c.get("contextActivities") instanceof ObjectNode ca) {
                ca.fields().forEachRemaining(e -> {
                    ArrayNode list = (ArrayNode) e.getValue();
                    for (int i = 0; i < list.size(); i++) {
                        list.set(i, activityIds((ObjectNode) list.get(i)));
                    }
                });
            }
        }
    }

    private static void agentIds(JsonNode agent) {
        if (!(agent instanceof ObjectNode a)) {
            return;
        }
        boolean anonymous = a.has("member") && !a.has("mbox") && !a.has("mbox_sha1sum") && !a.has("openid")
                && !a.has("account");
        JsonNode members = a.get("member");
        a.retain(AGENT_IDS);
        if (anonymous && members != null) {
            members.forEach(StatementFormats::agentIds);
            a.set("member", members);
        }
    }

    private static ObjectNode idOnly(JsonNode node) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.retain("id");
        return copy;
    }

    private static ObjectNode activityIds(ObjectNode activity) {
        ObjectNode copy = activity.deepCopy();
        copy.retain("id");
        return copy;
    }

    /** Canonical format, in place: canonical definitions, and one language per language map. */
    static void canonical(ObjectNode s, Map<String, ObjectNode> definitions, List<Locale.LanguageRange> languages) {
        forEachActivity(s, a -> {
            ObjectNode def = definitions.get(a.path("id").asText());
            if (def != null) {
                a.set("definition", def.deepCopy());
            }
        });
        filterLanguages(s, languages);
    }

    /** Applies {@code action} to the object activity, sub-statement activities and context activities. */
    static void forEachActivity(ObjectNode s, java.util.function.Consumer<ObjectNode> action) {
        JsonNode object = s.get("object");
        if (object instanceof ObjectNode o) {
            String type = o.path("objectType").asText("Activity");
            if ("Activity".equals(type)) {
                action.accept(o);
            } else if ("SubStatement".equals(type)) {
                forEachActivity(o, action);
            }
        }
        JsonNode ca = s.path("context").path("contextActivities");
        ca.forEach(list -> list.forEach(a -> action.accept((ObjectNode) a)));
    }

    private static void filterLanguages(JsonNode node, List<Locale.LanguageRange> languages) {
        if (node instanceof ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if (("display".equals(key) || "name".equals(key) || "description".equals(key))
                        && e.getValue() instanceof ObjectNode map && isLanguageMap(map)) {
                    keepBest(map, languages);
                } else if (!"extensions".equals(key)) {
                    filterLanguages(e.getValue(), languages);
                }
            });
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> filterLanguages(n, languages));
        }
    }

    private static boolean isLanguageMap(ObjectNode map) {
        var it = map.elements();
        while (it.hasNext()) {
            if (!it.next().isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static void keepBest(ObjectNode map, List<Locale.LanguageRange> languages) {
        if (map.size() <= 1) {
            return;
        }
        List<String> tags = new java.util.ArrayList<>();
        map.fieldNames().forEachRemaining(tags::add);
        String best = languages.isEmpty() ? null
                : Locale.filterTags(languages, tags).stream().findFirst().orElse(null);
        if (best == null) {
            best = tags.stream().filter(t -> t.equalsIgnoreCase("und")).findFirst().orElse(tags.get(0));
        }
        map.retain(best);
    }
}
