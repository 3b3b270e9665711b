package vn.hocso.competency;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** CASE 1.1 export: structure, no nulls, absolute URIs, round trip, the public provider paths. */
@QuarkusTest
class CaseExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode export(String code) throws Exception {
        String body = Api.as(Api.TEACHER).get("/api/v1/frameworks/" + FrameworkSeedTest.frameworkId(code) + "/case")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    @Test
    @DisplayName("Every exported framework has the fields CASE 1.1 requires, absolute URIs and no null anywhere")
    void structure() throws Exception {
        for (String code : List.of("UNESCO-ICT-CFT", "DIGCOMPEDU", "VN-TT02-2025", "HCM-KNLS")) {
            JsonNode p = export(code);
            assertNoNulls(p, code);
            JsonNode d = p.get("CFDocument");
            required(d, code + " CFDocument", "identifier", "uri", "creator", "title", "lastChangeDateTime");
            assertTrue(d.get("uri").asText().matches("https?://.+/ims/case/v1p1/CFDocuments/"
                    + d.get("identifier").asText()), d.get("uri").asText());
            for (JsonNode i : p.get("CFItems")) {
                required(i, code + " CFItem", "identifier", "uri", "fullStatement", "lastChangeDateTime");
                assertTrue(i.get("uri").asText().endsWith("/ims/case/v1p1/CFItems/" + i.get("identifier").asText()));
            }
            for (JsonNode a : p.get("CFAssociations")) {
                required(a, code + " CFAssociation", "identifier", "uri", "associationType", "originNodeURI",
                        "destinationNodeURI", "lastChangeDateTime");
                required(a.get("originNodeURI"), "originNodeURI", "identifier", "uri", "title");
                required(a.get("destinationNodeURI"), "destinationNodeURI", "identifier", "uri", "title");
            }
            JsonNode levels = p.at("/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels");
            assertTrue(levels.size() >= 2, code);
            Set<String> levelIds = new HashSet<>();
            levels.forEach(l -> levelIds.add(l.get("identifier").asText()));
            long skill = 0;
            for (JsonNode a : p.get("CFAssociations")) {
                if (a.get("associationType").asText().equals("hasSkillLevel")) {
                    assertTrue(levelIds.contains(a.at("/destinationNodeURI/identifier").asText()));
                    skill++;
                }
            }
            assertTrue(skill > 0, code + " has hasSkillLevel associations");
        }
    }

    @Test
    @DisplayName("Export → import as a new version → identical items, levels and tree; same version again → 409")
    void roundTrip() throws Exception {
        JsonPath original = FrameworkSeedTest.detail("UNESCO-ICT-CFT");
        ObjectNode p = (ObjectNode) export("UNESCO-ICT-CFT");
        String newVersion = "3-rt" + System.nanoTime() % 100000;
        ((ObjectNode) p.get("CFDocument")).put("version", newVersion);
        JsonPath created = Api.as(Api.CITY_ADMIN).body(p.toString()).post("/api/v1/frameworks").then()
                .statusCode(201).body("framework.version", equalTo(newVersion))
                .body("framework.code", equalTo("UNESCO-ICT-CFT")).extract().jsonPath();
        assertNotEquals(original.getString("framework.identifier"), created.getString("framework.identifier"));
        assertEquals(flatten(original), flatten(created));
        assertEquals(original.getList("levels.code"), created.getList("levels.code"));
        assertEquals(original.getList("levels.label"), created.getList("levels.label"));
        assertEquals(original.getString("framework.licenceNote"), created.getString("framework.licenceNote"));
        // the new version's export equals the old one's except identifiers, uris and version
        JsonNode again = JSON.readTree(Api.as(Api.TEACHER).get("/api/v1/frameworks/" + created.getLong("framework.id")
                + "/case").asString());
        assertEquals(statements(p), statements(again));
        Api.as(Api.CITY_ADMIN).body(p.toString()).post("/api/v1/frameworks").then().statusCode(409);
        ObjectNode seed = (ObjectNode) export("DIGCOMPEDU");
        Api.as(Api.CITY_ADMIN).header("Accept-Language", "en").body(seed.toString()).post("/api/v1/frameworks")
                .then().statusCode(409).body("detail", equalTo("Framework DIGCOMPEDU version 2017 already exists. "
                        + "A new text needs a new version number."));
    }

    @Test
    @DisplayName("Public CASE provider: CFDocuments, CFPackages/{id}, CFItems/{id} without login; 404 imsx")
    void provider() throws Exception {
        JsonNode p = export("DIGCOMPEDU");
        String doc = p.at("/CFDocument/identifier").asText();
        String item = p.at("/CFItems/0/identifier").asText();
        List<String> docs = Api.anonymous().get("/ims/case/v1p1/CFDocuments").then().statusCode(200).extract()
                .jsonPath().getList("CFDocuments.identifier");
        assertTrue(docs.contains(doc));
        Api.anonymous().get("/ims/case/v1p1/CFPackages/" + doc).then().statusCode(200)
                .body("CFDocument.identifier", equalTo(doc)).body("CFItems.size()", equalTo(28));
        Api.anonymous().get("/ims/case/v1p1/CFItems/" + item).then().statusCode(200)
                .body("identifier", equalTo(item)).body("fullStatement", equalTo("Professional Engagement"));
        Api.anonymous().get("/ims/case/v1p1/CFItems/not-a-uuid").then().statusCode(404)
                .body("imsx_codeMajor", equalTo("failure"));
        Api.anonymous().get("/api/v1/frameworks").then().statusCode(401);
    }

    private static List<String> flatten(JsonPath d) {
        List<String> rows = new ArrayList<>();
        List<java.util.Map<String, Object>> roots = d.getList("items");
        walk(roots, "", rows);
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static void walk(List<java.util.Map<String, Object>> items, String parent, List<String> rows) {
        for (var i : items) {
            rows.add(parent + " > " + i.get("humanCode") + " | " + i.get("itemType") + " | " + i.get("fullStatement")
                    + " | " + i.get("notes") + " | " + i.get("levels"));
            walk((List<java.util.Map<String, Object>>) i.get("children"), (String) i.get("humanCode"), rows);
        }
    }

    private static Set<String> statements(JsonNode p) {
        Set<String> s = new TreeSet<>();
        p.get("CFItems").forEach(i -> s.add(i.get("humanCodingScheme").asText() + "=" + i.get("fullStatement")
                .asText()));
        p.get("CFAssociations").forEach(a -> s.add(a.get("associationType").asText() + ":"
                + a.at("/originNodeURI/title").asText() + "->" + a.at("/destinationNodeURI/title").asText()
                .replaceAll(".*UNESCO ICT.*", "DOC")));
        return s;
    }

    private static void required(JsonNode n, String what, String... fields) {
        for (String f : fields) {
            assertTrue(n.hasNonNull(f) && !(n.get(f).isTextual() && n.get(f).asText().isBlank()),
                    what + " lacks " + f + ": " + n);
        }
    }

    private static void assertNoNulls(JsonNode n, String where) {
        assertFalse(n.isNull(), where);
        if (n.isContainerNode()) {
            n.fields().forEachRemaining(e -> assertNoNulls(e.getValue(), where + "." + e.getKey()));
            if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    assertNoNulls(n.get(i), where + "[" + i + "]");
                }
            }
        }
    }
}
