package vn.hocso.scorm.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the xAPI statements that mirror SCORM run-time events into the LRS, following ADL's xAPI SCORM Profile: the
 * SCO is the object (type {@code lesson}), the attempt and the course are grouping activities, the profile is the
 * category, and the registration is the attempt's. One instance per commit or launch; call the verb methods in the
 * order the events happened, then {@link #statements()}.
 */
public final class ScormStatements {

    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String TYPES = "http://adlnet.gov/expapi/activities/";
    /** The category activity of every statement of the profile. */
    static final String PROFILE = "http://adlnet.gov/xapi/profile/scorm";
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * Who and where.
     *
     * @param actor the learner's agent ({@code account} with the LMS home page and user name)
     * @param courseIri the package's activity IRI
     * @param courseTitle its title
     * @param itemId the SCO's item identifier
     * @param scoTitle the SCO's title
     * @param registration the attempt's registration
     * @param attemptNo the attempt number (1, 2, …)
     * @param language tag of the titles
     */
    public record Context(ObjectNode actor, String courseIri, String courseTitle, String itemId, String scoTitle,
            UUID registration, int attemptNo, String language) {

        String scoIri() {
            return courseIri + "/sco/" + URLEncoder.encode(itemId, StandardCharsets.UTF_8);
        }
    }

    private final Context ctx;
    private final Instant timestamp;
    private final List<ObjectNode> statements = new ArrayList<>();

    public ScormStatements(Context ctx, Instant timestamp) {
        this.ctx = ctx;
        this.timestamp = timestamp;
    }

    /** The statements built so far, in order. */
    public List<ObjectNode> statements() {
        return statements;
    }

    /** A session started: {@code initialized}, or {@code resumed} when the SCO resumes a suspended session. */
    public void started(boolean resumed) {
        add(resumed ? "resumed" : "initialized", sco(), null);
    }

    /** The SCO set exit = suspend. */
    public void suspended(long sessionMillis) {
        add("suspended", sco(), duration(JSON.objectNode(), sessionMillis));
    }

    /** The session ended (Terminate / LMSFinish). */
    public void terminated(long sessionMillis) {
        add("terminated", sco(), duration(JSON.objectNode(), sessionMillis));
    }

    /** The SCO became completed. */
    public void completed(ScoStatus s) {
        ObjectNode result = score(JSON.objectNode(), s);
        result.put("completion", true);
        add("completed", sco(), result);
    }

    /** The SCO became passed or failed, with its score. */
    public void judged(ScoStatus s) {
        boolean passed = "passed".equals(s.success());
        ObjectNode result = score(JSON.objectNode(), s);
        result.put("success", passed);
        if (s.completed()) {
            result.put("completion", true);
        }
        add(passed ? "passed" : "failed", sco(), result);
    }

    /**
     * The learner answered an interaction ({@code cmi.interactions.n}).
     *
     * @param interaction the interaction's CMI (id, type, learner_response/student_response, result, latency,
     *        description, correct_responses)
     */
    public void answered(CmiData interaction) {
        String id = interaction.text("id");
        if (id == null) {
            return;
        }
        ObjectNode object = JSON.objectNode();
        object.put("objectType", "Activity");
        object.put("id", ctx.scoIri() + "/interactions/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        ObjectNode definition = object.putObject("definition");
        definition.put("type", "http://adlnet.gov/expapi/activities/cmi.interaction");
        String description = interaction.text("description");
        definition.putObject("name").put(ctx.language(), description == null ? id : description);
        String type = interaction.text("type");
        if (type != null && INTERACTION_TYPES.contains(type)) {
            definition.put("interactionType", type);
            List<String> correct = new ArrayList<>();
            for (CmiData c : interaction.list("correct_responses")) {
                String pattern = c.text("pattern");
                if (pattern != null) {
                    correct.add(pattern);
                }
            }
            if (!correct.isEmpty()) {
                ArrayNode patterns = definition.putArray("correctResponsesPattern");
                correct.forEach(patterns::add);
            }
        }
        ObjectNode result = JSON.objectNode();
        String response = interaction.text("learner_response");
        if (response == null) {
            response = interaction.text("student_response");
        }
        if (response != null) {
            result.put("response", response);
        }
        String outcome = interaction.text("result");
        if ("correct".equals(outcome) || "incorrect".equals(outcome) || "wrong".equals(outcome)) {
            result.put("success", "correct".equals(outcome));
        }
        long latency = ScormTime.parseMillis(interaction.text("latency"));
        duration(result, latency);
        ObjectNode statement = statement("answered", object, result.isEmpty() ? null : result);
        statement.with("context").with("contextActivities").putArray("parent").add(sco());
        statements.add(statement);
    }

    private void add(String verb, ObjectNode object, ObjectNode result) {
        statements.add(statement(verb, object, result));
    }

    private ObjectNode statement(String verb, ObjectNode object, ObjectNode result) {
        ObjectNode s = JSON.objectNode();
        s.put("id", UUID.randomUUID().toString());
        s.set("actor", ctx.actor().deepCopy());
        ObjectNode v = s.putObject("verb");
        v.put("id", VERBS + verb);
        v.putObject("display").put("en-US", verb);
        s.set("object", object);
        if (result != null) {
            s.set("result", result);
        }
        ObjectNode context = s.putObject("context");
        context.put("registration", ctx.registration().toString());
        ObjectNode activities = context.putObject("contextActivities");
        ArrayNode grouping = activities.putArray("grouping");
        grouping.add(activity(ctx.courseIri() + "/attempts/" + ctx.registration(), "attempt",
                "Attempt " + ctx.attemptNo()));
        grouping.add(activity(ctx.courseIri(), "course", ctx.courseTitle()));
        activities.putArray("category").add(JSON.objectNode().put("id", PROFILE));
        s.put("timestamp", timestamp.toString());
        return s;
    }

    private ObjectNode sco() {
        return activity(ctx.scoIri(), "lesson", ctx.scoTitle());
    }

    private ObjectNode activity(String id, String type, String title) {
        ObjectNode a = JSON.objectNode();
        a.put("objectType", "Activity");
        a.put("id", id);
        ObjectNode definition = a.putObject("definition");
        definition.put("type", TYPES + type);
        definition.putObject("name").put(ctx.language(), title == null || title.isBlank() ? id : title);
        return a;
    }

    private static ObjectNode score(ObjectNode result, ScoStatus s) {
        if (s.scaled() == null && s.raw() == null) {
            return result;
        }
        ObjectNode score = result.putObject("score");
        if (s.scaled() != null) {
            score.put("scaled", s.scaled().stripTrailingZeros());
        }
        if (s.raw() != null && withinBounds(s)) {
            score.put("raw", s.raw());
            if (s.min() != null) {
                score.put("min", s.min());
            }
            if (s.max() != null) {
                score.put("max", s.max());
            }
        }
        return result;
    }

    /** xAPI requires min ≤ raw ≤ max when they are given. */
    private static boolean withinBounds(ScoStatus s) {
        BigDecimal raw = s.raw();
        return (s.min() == null || raw.compareTo(s.min()) >= 0) && (s.max() == null || raw.compareTo(s.max()) <= 0)
                && (s.min() == null || s.max() == null || s.min().compareTo(s.max()) <= 0);
    }

    private static ObjectNode duration(ObjectNode result, long millis) {
        if (millis >= 0) {
            result.put("duration", ScormTime.toIso(millis).toUpperCase(Locale.ROOT));
        }
        return result;
    }
}
