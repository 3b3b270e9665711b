package vn.hocso.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/** Builders shared by the catalogue tests: packages, course bodies, units. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    /** Uploads a SCORM 1.2 package city-wide (as the trainer) and returns its id. */
    static long cityPackage(String title) {
        return TestPackages.upload(Api.TRAINER, TestPackages.scorm12(title)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** A valid course body owned by the trainer's city unit. */
    static Map<String, Object> course(String title, List<Long> packageIds) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", title);
        c.put("description", "Khóa học thử nghiệm " + UUID.randomUUID());
        c.put("track", "CYBERSECURITY");
        c.put("positions", List.of("GV", "CBQL"));
        c.put("schoolLevels", List.of("TH", "THCS"));
        c.put("durationHours", 4);
        List<Map<String, Object>> pkgs = new ArrayList<>();
        packageIds.forEach(id -> pkgs.add(Map.of("packageId", id)));
        c.put("packages", pkgs);
        c.put("status", "PUBLISHED");
        c.put("selfEnrol", true);
        return c;
    }

    /** Creates a course as the trainer and returns its id. */
    static long createCourse(Map<String, Object> body) {
        return Api.as(Api.TRAINER).body(body).post("/api/v1/courses").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static long unitId(String code) {
        return Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=" + code).jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    /** A title no other test uses. */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
