package vn.hocso.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One launch of an xAPI (tincan.xml) package as the player page makes it: the content URL and the conventional launch
 * parameters (LRS endpoint, launch credential, actor, registration, activity id).
 */
public record TincanLaunch(String url, String endpoint, String auth, JsonNode actor, String registration,
        String activity) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FRAME = Pattern.compile("id=\"player-frame\" class=\"player-frame\" src=\"([^\"]+)\"");

    /** Opens the player page of a package as {@code user} and reads the launch parameters from its frame. */
    public static TincanLaunch open(String user, long packageId) throws Exception {
        String html = Api.as(user).accept("text/html").get("/learn/packages/" + packageId + "/play").then()
                .statusCode(200).extract().asString();
        Matcher m = FRAME.matcher(html);
        assertTrue(m.find(), html);
        String url = m.group(1).replace("&amp;", "&");
        Map<String, String> q = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return new TincanLaunch(url, q.get("endpoint"), q.get("auth"), JSON.readTree(q.get("actor")),
                q.get("registration"), q.get("activity_id"));
    }

    /** A request to the LRS with the launch credential (xAPI 1.0.3). */
    public RequestSpecification lrs() {
        return given().header("Authorization", auth).header("X-Experience-API-Version", "1.0.3")
                .contentType("application/json");
    }

    /** A statement of {@code actor} with an ADL verb ({@code completed}, …) about an activity in a registration. */
    public static String statement(JsonNode actor, String verb, String activity, String registration) {
        return """
                {"actor": %s, "verb": {"id": "http://adlnet.gov/expapi/verbs/%s"},
                 "object": {"id": "%s"}, "context": {"registration": "%s"}}""".formatted(actor, verb, activity,
                registration);
    }
}
