package vn.hocso.cmi5;

/**
 * Lets tests of other features drive a cmi5 AU session with {@link AuClient} (which is package-private): begin, then
 * send cmi5 defined statements that must be accepted.
 */
public final class AuClientAccess {

    private final AuClient au;

    public AuClientAccess(String endpoint, String token, String activityId, String registration, String actor) {
        this.au = new AuClient(endpoint, token, activityId, registration, sessionIdOf(endpoint, token, activityId,
                registration, actor), actor, 0.8);
    }

    /** Reads the preferences and sends "initialized". */
    public void begin() {
        au.begin();
    }

    /** Sends a cmi5 defined statement (completed, passed with scaled 0.9, …) and expects 204. */
    public void send(String verb) {
        au.put(au.statement(verb)).then().statusCode(204);
    }

    /** The session id from the AU's LMS.LaunchData state document. */
    private static String sessionIdOf(String endpoint, String token, String activityId, String registration,
            String actor) {
        String data = io.restassured.RestAssured.given().header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3").queryParam("activityId", activityId)
                .queryParam("agent", actor).queryParam("registration", registration)
                .queryParam("stateId", "LMS.LaunchData").get(endpoint + "activities/state").then().statusCode(200)
                .extract().jsonPath().getString("contextTemplate.extensions.'https://w3id.org/xapi/cmi5/context/extensions/sessionid'");
        return data;
    }
}
