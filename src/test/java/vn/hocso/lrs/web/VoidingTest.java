package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.agent;
import static vn.hocso.lrs.web.Xapi.ifi;
import static vn.hocso.lrs.web.Xapi.params;
import static vn.hocso.lrs.web.Xapi.queryIds;
import static vn.hocso.lrs.web.Xapi.statement;
import static vn.hocso.lrs.web.Xapi.uuid;
import static vn.hocso.lrs.web.Xapi.v2;
import static vn.hocso.lrs.web.Xapi.voiding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Voiding (Data 2.3): what a voiding statement does to its target, and how voided statements are found. */
@QuarkusTest
class VoidingTest {

    private static void found(String param, String id) {
        v2().queryParam(param, id).get("/xapi/statements").then().statusCode(200).body("id", equalTo(id));
    }

    private static void notFound(String param, String id) {
        v2().queryParam(param, id).get("/xapi/statements").then().statusCode(404);
    }

    @Test
    @DisplayName("XAPI-00018 / XAPI-00163 / XAPI-00155: a voided statement is only returned through voidedStatementId")
    void voidedStatementOnlyThroughVoidedStatementId() {
        String activity = activityId();
        String target = Xapi.post(statement(activity));
        String voider = Xapi.post(voiding(agent(), target));

        notFound("statementId", target);
        found("voidedStatementId", target);
        found("statementId", voider);
        notFound("voidedStatementId", voider);
        assertEquals(List.of(voider), queryIds(params("activity", activity)),
                "the voided statement is not in queries; its voiding statement (which targets it) is");
    }

    @Test
    @DisplayName("XAPI-00016: voiding a voiding statement has no effect")
    void voidingAVoidingStatementHasNoEffect() {
        String target = Xapi.post(statement(activityId()));
        String firstVoider = Xapi.post(voiding(agent(), target));
        String secondVoider = Xapi.post(voiding(agent(), firstVoider));

        found("statementId", firstVoider);
        notFound("voidedStatementId", firstVoider);
        found("statementId", secondVoider);
        found("voidedStatementId", target);
        notFound("statementId", target);
    }

    @Test
    @DisplayName("XAPI-00016 (4.2.4.1): a voiding statement whose target the LRS does not hold is accepted; the "
            + "target is voided when it arrives")
    void voidingAnUnknownTargetIsAccepted() {
        String missing = uuid();
        String voider = Xapi.post(voiding(agent(), missing));
        found("statementId", voider);

        ObjectNode late = statement(activityId());
        late.put("id", missing);
        v2().contentType("application/json").queryParam("statementId", missing).body(Xapi.json(late))
                .put("/xapi/statements").then().statusCode(204);
        notFound("statementId", missing);
        found("voidedStatementId", missing);
    }

    @Test
    @DisplayName("XAPI-00162: statements that target a voided statement still match the filters the target matches")
    void statementsReferringToAVoidedStatementStillMatch() {
        ObjectNode learner = agent();
        ObjectNode teacher = agent();
        String activity = activityId();
        String registration = uuid();
        String target = Xapi.post(Xapi.withRegistration(statement(learner, activity), registration));
        pause();
        String comment = Xapi.post(statement(teacher, "http://adlnet.gov/expapi/verbs/commented",
                Xapi.statementRef(target)));
        pause();
        String voider = Xapi.post(voiding(teacher, target));

        assertEquals(List.of(voider, comment), queryIds(params("activity", activity)));
        assertEquals(List.of(voider, comment), queryIds(params("agent", ifi(learner))));
        assertEquals(List.of(voider, comment), queryIds(params("registration", registration)));
        assertEquals(List.of(voider, comment), queryIds(params("activity", activity, "verb", Xapi.EXPERIENCED)));
        assertEquals(List.of(voider, comment), queryIds(params("agent", ifi(teacher))));
        String targetStored = v2().queryParam("voidedStatementId", target).get("/xapi/statements").jsonPath()
                .getString("stored");
        assertEquals(List.of(comment), queryIds(params("activity", activity, "since", targetStored,
                "until", Xapi.get(comment).path("stored").asText())),
                "since and until apply to the referring statement itself");
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("Data 2.3.2: a voiding statement in the same batch as its target voids it")
    void voidingInTheSameBatch() {
        ObjectNode target = Xapi.withId(statement(activityId()));
        List<String> ids = Xapi.post(V2, target, voiding(agent(), target.get("id").asText()));
        notFound("statementId", ids.get(0));
        found("voidedStatementId", ids.get(0));
        found("statementId", ids.get(1));
    }
}
