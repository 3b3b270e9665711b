package vn.hocso.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request builders for the demo users (credentials documented in README.md). */
public final class Api {

    public static final String DEMO_PASSWORD = vn.hocso.demo.DemoDataLoader.DEMO_PASSWORD;

    /** City administrator. */
    public static final String CITY_ADMIN = "admin";
    /** Administrator of Quận 1 only. */
    public static final String DISTRICT_ADMIN = "quantri.q1";
    /** Principal of Q01-TH-01: administrator of that school only. */
    public static final String SCHOOL_ADMIN = "hieutruong";
    /** Trainer, city-wide. */
    public static final String TRAINER = "giangvien";
    /** Auditor, city-wide, read-only. */
    public static final String AUDITOR = "kiemtra";
    /** Teacher at Q01-TH-01, learner only. */
    public static final String TEACHER = "giaovien";

    private Api() {
    }

    /** A JSON request authenticated as a demo user with HTTP Basic. */
    public static RequestSpecification as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password).accept(ContentType.JSON)
                .contentType(ContentType.JSON);
    }

    /** An unauthenticated JSON request. */
    public static RequestSpecification anonymous() {
        return given().accept(ContentType.JSON).contentType(ContentType.JSON);
    }
}
