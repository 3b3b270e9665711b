package vn.hocso.cmi5.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hocso.cmi5.model.Cmi5Session;
import vn.hocso.content.model.Cmi5Node;
import vn.hocso.lrs.web.XapiException;

/**
 * The shape cmi5 requires of each statement an AU sends in its session (cmi5 spec section 9, requirement ids in the
 * messages): an id, a UTC timestamp, the launch actor as an Agent with an account, the session id; for cmi5 defined
 * statements (category {@code .../categories/cmi5}) the AU as object, only the verbs an AU may send, the result
 * properties each verb needs or must not have, the moveOn category exactly on completed/passed/failed, and the
 * masteryScore extension as launched. Every refusal is a 403 whose message names the requirement.
 */
final class Cmi5StatementFormat {

    static final String CMI5_CATEGORY = Cmi5Vocabulary.CATEGORY;
    static final String MOVE_ON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    /** Verbs of cmi5 defined statements an AU may send (launched, abandoned, waived, satisfied are the LMS's). */
    static final Set<String> AU_VERBS = Set.of("initialized", "completed", "passed", "failed", "terminated");
    private static final Set<String> LMS_VERBS = Set.of("launched", "abandoned", "waived", "satisfied");
    private static final Set<String> JUDGED = Set.of("completed", "passed", "failed");
    private static final java.util.List<String> ADL_VERBS = java.util.List.of("http://adlnet.gov/expapi/verbs/",
            "https://w3id.org/xapi/adl/verbs/");
    private static final Pattern UTC = Pattern.compile("(?i)(Z|[+-]00:?00)$");

    private Cmi5StatementFormat() {
    }

    /**
     * Checks one statement of the session.
     *
     * @param idAssigned whether the statement came without an id
     * @param au the session's AU
     * @return the cmi5 verb name (for example "passed") of a cmi5 defined statement, or null for an allowed statement
     * @throws XapiException 403 naming the requirement the statement breaks
     */
    static String check(JsonNode st, boolean idAssigned, Cmi5Session session, Cmi5Node au) {
        if (idAssigned) {
            throw refuse("9.1.0.0-1", "every statement of an AU needs an id");
        }
        String timestamp = st.path("timestamp").asText(null);
        if (timestamp == null) {
            throw refuse("9.7.0.0-1", "every statement of an AU needs a timestamp");
        }
        if (!UTC.matcher(timestamp).find()) {
            throw refuse("9.7.0.0-2", "the timestamp must be in UTC (ending in Z), not " + timestamp);
        }
        JsonNode actor = st.path("actor");
        if (!"Agent".equals(actor.path("objectType").asText("Agent"))) {
            throw refuse("9.2.0.0-2", "the actor must be an Agent, not a " + actor.path("objectType").asText());
        }
        if (!actor.has("account")) {
            throw refuse("9.2.0.0-3", "the actor must be the launch actor, identified by its account");
        }
        JsonNode context = st.path("context");
        String sessionId = context.path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText(null);
        if (sessionId == null) {
            throw refuse("9.6.3.1-4", "every statement needs the session id extension " + Cmi5Vocabulary.SESSION_ID);
        }
        if (!sessionId.equals(session.sessionId.toString())) {
            throw refuse("9.6.3.1-4", "this launch belongs to session " + session.sessionId + ", not " + sessionId);
        }
        String verb = verb(st);
        boolean cmi5Category = hasCategory(context, CMI5_CATEGORY);
        boolean moveOn = hasCategory(context, MOVE_ON_CATEGORY);
        boolean aboutAu = session.activityId.equals(st.path("object").path("id").asText());
        if (!cmi5Category) {
            if (aboutAu && (AU_VERBS.contains(verb) || LMS_VERBS.contains(verb))) {
                throw refuse("9.6.2.1-1", "\"" + verb + "\" about the AU is a cmi5 defined statement and needs the "
                        + "category " + CMI5_CATEGORY);
            }
            if (moveOn) {
                throw refuse("9.6.2.2-2", "only completed, passed and failed carry the moveOn category");
            }
            return null;
        }
        if (!aboutAu) {
            throw refuse("8.1.5.0-6", "the object of a cmi5 defined statement is the AU's activity id "
                    + session.activityId);
        }
        if (LMS_VERBS.contains(verb)) {
            throw refuse("9.3", "\"" + verb + "\" statements are sent by the LMS only");
        }
        if (!AU_VERBS.contains(verb)) {
            throw refuse("9.3", "a cmi5 defined statement uses a cmi5 verb (initialized, completed, passed, failed, "
                    + "terminated), not " + st.path("verb").path("id").asText());
        }
        if (JUDGED.contains(verb) != moveOn) {
            throw moveOn ? refuse("9.6.2.2-2", "only completed, passed and failed carry the moveOn category")
                    : refuse("9.6.2.2-1", "\"" + verb + "\" needs the category " + MOVE_ON_CATEGORY);
        }
        result(st.path("result"), verb);
        if (("passed".equals(verb) || "failed".equals(verb)) && au.masteryScore() != null) {
            masteryScore(context, st.path("result").path("score").has("scaled"), au.masteryScore());
        }
        return verb;
    }

    private static void result(JsonNode result, String verb) {
        JsonNode completion = result.path("completion");
        JsonNode success = result.path("success");
        if ("completed".equals(verb) && !completion.asBoolean(false)) {
            throw refuse("9.5.3.0-1", "\"completed\" needs result.completion true");
        }
        if (!"completed".equals(verb) && !completion.isMissingNode()) {
            throw refuse("9.5.3.0-2", "only \"completed\" carries result.completion");
        }
        if ("passed".equals(verb) && !(success.isBoolean() && success.asBoolean())) {
            throw refuse("9.5.2.0-1", "\"passed\" needs result.success true");
        }
        if ("failed".equals(verb) && !(success.isBoolean() && !success.asBoolean())) {
            throw refuse("9.5.2.0-2", "\"failed\" needs result.success false");
        }
        if (!"passed".equals(verb) && !"failed".equals(verb) && !success.isMissingNode()) {
            throw refuse("9.5.2.0-3", "only \"passed\" and \"failed\" carry result.success");
        }
        JsonNode score = result.path("score");
        if (!score.isMissingNode()) {
            if (!"passed".equals(verb) && !"failed".equals(verb)) {
                throw refuse("9.5.1.0-2", "only \"passed\" and \"failed\" carry a score");
            }
            if (score.has("raw") && !(score.has("min") && score.has("max"))) {
                throw refuse("9.5.1.0-3", "a raw score needs min and max");
            }
        }
        if (!"initialized".equals(verb) && !result.has("duration")) {
            throw refuse("9.5.4.1", "\"" + verb + "\" needs result.duration");
        }
    }

    /** With a scaled score the masteryScore it was judged against is required (and must be the launch's). */
    private static void masteryScore(JsonNode context, boolean scored, BigDecimal mastery) {
        JsonNode sent = context.path("extensions").path(Cmi5Vocabulary.MASTERY_SCORE);
        if (sent.isMissingNode() && !scored) {
            return;
        }
        if (!sent.isNumber() || sent.decimalValue().compareTo(mastery) != 0) {
            throw refuse("9.6.3.2-2", "the extension " + Cmi5Vocabulary.MASTERY_SCORE + " must be the launch's "
                    + "masteryScore " + mastery.toPlainString());
        }
    }

    /** The cmi5 verb of a cmi5 defined statement (one with the cmi5 category), or null for an allowed statement. */
    static String cmi5Verb(JsonNode st) {
        return hasCategory(st.path("context"), CMI5_CATEGORY) ? verb(st) : null;
    }

    /** The verb id's last part for ADL's verbs (every verb cmi5 defines is one), else the whole id. */
    static String verb(JsonNode st) {
        String id = st.path("verb").path("id").asText("");
        for (String prefix : ADL_VERBS) {
            if (id.startsWith(prefix)) {
                return id.substring(prefix.length());
            }
        }
        return id;
    }

    private static boolean hasCategory(JsonNode context, String id) {
        for (JsonNode c : context.path("contextActivities").path("category")) {
            if (id.equals(c.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    static XapiException refuse(String requirement, String message) {
        return XapiException.forbidden("cmi5 " + requirement + ": " + message);
    }
}
