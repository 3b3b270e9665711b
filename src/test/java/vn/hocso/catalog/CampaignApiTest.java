package vn.hocso.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocso.catalog.service.ReminderService;
import vn.hocso.support.Api;

/** Campaigns: cohort counts, national-id lists, idempotent runs, the learner's home, and deadline reminders. */
@QuarkusTest
class CampaignApiTest {

    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String TEACHER_EMAIL = "mai.nguyenthi@hocso.edu.vn";

    @Inject
    EntityManager em;

    @Inject
    ReminderService reminders;

    @Inject
    MockMailbox mailbox;

    private static long course(String title) {
        return CatalogFixtures.createCourse(CatalogFixtures.course(title,
                List.of(CatalogFixtures.cityPackage("Học phần " + title))));
    }

    private static Map<String, Object> campaign(long courseId, LocalDate due) {
        Map<String, Object> c = new HashMap<>();
        c.put("courseId", courseId);
        c.put("dueDate", due.toString());
        return c;
    }

    @Transactional
    long expectedCohort(String position, String level, String districtPath) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM person p
                JOIN user_account ua ON ua.person_id = p.id AND ua.active
                JOIN org_unit u ON u.id = p.institution_id
                WHERE p.active AND p.position = ?1 AND u.school_level = ?2 AND u.path LIKE ?3""")
                .setParameter(1, position).setParameter(2, level).setParameter(3, districtPath + "%")
                .getSingleResult()).longValue();
    }

    @Test
    void cohortByPositionLevelAndDistrictIsCountedAndMaterialisedOnce() {
        long courseId = course(CatalogFixtures.unique("Khóa giao theo nhóm"));
        Map<String, Object> body = campaign(courseId, LocalDate.now(HCM).plusDays(30));
        body.put("positions", List.of("GV"));
        body.put("schoolLevels", List.of("TH"));
        body.put("districtIds", List.of(CatalogFixtures.unitId("Q01")));
        long expected = expectedCohort("GV", "TH", "/HCM/Q01/");
        assertTrue(expected > 1, "demo data has several primary teachers in Quận 1");

        Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/campaigns/preview").then().statusCode(200)
                .body("matching", equalTo((int) expected)).body("alreadyEnrolled", equalTo(0));
        long campaignId = Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .body("created", equalTo((int) expected)).body("campaign.enrolled", equalTo((int) expected))
                .extract().jsonPath().getLong("campaign.id");
        Api.as(Api.CITY_ADMIN).post("/api/v1/campaigns/" + campaignId + "/run").then().statusCode(200)
                .body("created", equalTo(0)).body("upgraded", equalTo(0))
                .body("campaign.enrolled", equalTo((int) expected));
        Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/campaigns/preview").then()
                .body("alreadyEnrolled", equalTo((int) expected));
        Api.as(Api.TEACHER).get("/api/v1/enrolments").then()
                .body("assigned.courseId", hasItem((int) courseId));
        // the district administrator of Q01 sees it; a school administrator does not
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/campaigns/" + campaignId).then().statusCode(404);
        Api.as(Api.CITY_ADMIN).get("/api/v1/campaigns").then().body("id", hasItem((int) campaignId));
    }

    @Test
    void aSelfEnrolmentBecomesAnAssignment() {
        long courseId = course(CatalogFixtures.unique("Khóa tự đăng ký rồi được giao"));
        Api.as(Api.TEACHER).post("/api/v1/courses/" + courseId + "/enrolment").then().statusCode(201);
        Map<String, Object> body = campaign(courseId, LocalDate.now(HCM).plusDays(12));
        body.put("nationalIds", List.of("079190000001"));
        Api.as(Api.DISTRICT_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .body("created", equalTo(0)).body("upgraded", equalTo(1));
    }

    @Test
    void uploadedListReportsUnknownIds() {
        long courseId = course(CatalogFixtures.unique("Khóa theo danh sách"));
        Map<String, Object> body = campaign(courseId, LocalDate.now(HCM).plusDays(20));
        body.put("nationalIdsCsv", "so_dinh_danh\n079190000001\n\n079072000002;Trần Văn Hùng\n999999999999\n");
        Api.as(Api.DISTRICT_ADMIN).body(body).post("/api/v1/campaigns/preview").then().statusCode(200)
                .body("matching", equalTo(2)).body("listed", equalTo(3))
                .body("unknownNationalIds", contains("999999999999")).body("unknownCount", equalTo(1));
        Api.as(Api.DISTRICT_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201)
                .body("created", equalTo(2)).body("preview.unknownNationalIds", contains("999999999999"));
        body.put("nationalIdsCsv", "079190000001\nabc\n");
        Api.as(Api.DISTRICT_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(422)
                .body("errors.field", hasItem("nationalIdsCsv"));
    }

    @Test
    void invalidCampaignsAre422AndOnlyAdminsMayLaunch() {
        long courseId = course(CatalogFixtures.unique("Khóa kiểm tra lỗi"));
        Map<String, Object> body = campaign(courseId, LocalDate.now(HCM).minusDays(1));
        body.put("positions", List.of("PRINCIPAL"));
        body.put("districtIds", List.of(CatalogFixtures.unitId("Q03")));
        Api.as(Api.DISTRICT_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(422)
                .body("errors.field", hasItem("dueDate")).body("errors.field", hasItem("positions[0]"))
                .body("errors.field", hasItem("districtIds"));
        body.put("dueDate", "10/12/2026");
        Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/campaigns/preview").then().statusCode(422)
                .body("errors.field", hasItem("dueDate"));
        Api.as(Api.TRAINER).body(body).post("/api/v1/campaigns").then().statusCode(403);
        Api.as(Api.TEACHER).get("/api/v1/campaigns").then().statusCode(403);
    }

    @Test
    void homeListsAssignedCoursesFirstByDueDate() {
        String later = CatalogFixtures.unique("Khóa hạn muộn");
        String sooner = CatalogFixtures.unique("Khóa hạn sớm");
        long laterId = course(later);
        long soonerId = course(sooner);
        for (Object[] c : new Object[][] {{laterId, 60}, {soonerId, 3}}) {
            Map<String, Object> body = campaign((Long) c[0], LocalDate.now(HCM).plusDays((Integer) c[1]));
            body.put("nationalIds", List.of("079190000001"));
            Api.as(Api.SCHOOL_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201);
        }
        List<Integer> assigned = Api.as(Api.TEACHER).get("/api/v1/enrolments").then().statusCode(200).extract()
                .jsonPath().getList("assigned.courseId");
        assertTrue(assigned.indexOf((int) soonerId) < assigned.indexOf((int) laterId), assigned.toString());
        String due = LocalDate.now(HCM).plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Api.as(Api.TEACHER).accept("text/html").get("/").then().statusCode(200)
                .body(containsString("Khóa học được giao")).body(containsString(sooner))
                .body(containsString("Hạn hoàn thành: " + due));
        String html = Api.as(Api.TEACHER).accept("text/html").get("/").asString();
        assertTrue(html.indexOf("assigned-heading") < html.indexOf("in-progress-heading")
                && html.indexOf("in-progress-heading") < html.indexOf("completed-heading"));
        assertTrue(html.indexOf(sooner) < html.indexOf(later));
    }

    @Test
    void remindersGoOutOnceBeforeTheDeadlineAndWhenOverdue() {
        String title = CatalogFixtures.unique("Khóa nhắc hạn");
        long courseId = course(title);
        LocalDate due = LocalDate.now(HCM).plusDays(20);
        Map<String, Object> body = campaign(courseId, due);
        body.put("nationalIds", List.of("079190000001"));
        Api.as(Api.SCHOOL_ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201);
        mailbox.clear();

        reminders.sendDue(at(due.minusDays(10)));
        assertEquals(0, mine(title).size(), "10 days ahead: nothing yet");
        reminders.sendDue(at(due.minusDays(7)));
        List<Mail> mails = mine(title);
        assertEquals(1, mails.size());
        String dueText = due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Mail first = mails.get(0);
        assertEquals(List.of(TEACHER_EMAIL), first.getTo());
        assertTrue(first.getSubject().contains("Nhắc hạn hoàn thành khóa học") && first.getSubject().contains(dueText),
                first.getSubject());
        assertTrue(first.getText().contains("Kính gửi Thầy/Cô Nguyễn Thị Mai"), first.getText());
        assertTrue(first.getText().contains("còn 7 ngày"), first.getText());
        assertTrue(first.getText().contains("/catalog/courses/" + courseId), first.getText());

        reminders.sendDue(at(due.minusDays(7)));
        reminders.sendDue(at(due.minusDays(5)));
        assertEquals(1, mine(title).size(), "the 7-day reminder is sent once");
        reminders.sendDue(at(due.minusDays(1)));
        assertEquals(2, mine(title).size(), "the 1-day reminder");
        reminders.sendDue(at(due));
        assertEquals(2, mine(title).size());
        reminders.sendDue(at(due.plusDays(1)));
        List<Mail> overdue = mine(title);
        assertEquals(3, overdue.size());
        assertTrue(overdue.get(2).getSubject().contains("đã quá hạn"), overdue.get(2).getSubject());
        reminders.sendDue(at(due.plusDays(4)));
        assertEquals(3, mine(title).size(), "overdue reminders are weekly");
        reminders.sendDue(at(due.plusDays(8)));
        assertEquals(4, mine(title).size());
        reminders.sendDue(at(due.plusDays(8)));
        assertEquals(4, mine(title).size(), "never twice");
    }

    @Test
    void devInboxShowsTheMockMailbox() {
        Api.as(Api.CITY_ADMIN).accept("text/html").queryParam("to", TEACHER_EMAIL).get("/dev/inbox").then()
                .statusCode(200).body(containsString("Hộp thư thử nghiệm"));
        Api.as(Api.TEACHER).accept("text/html").get("/dev/inbox").then().statusCode(403);
    }

    private List<Mail> mine(String title) {
        List<Mail> all = mailbox.getMailsSentTo(TEACHER_EMAIL);
        return all == null ? List.of() : all.stream().filter(m -> m.getSubject().contains(title)).toList();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(7, 0).atZone(HCM).toInstant();
    }
}
