package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.StatementValidatorTest.invalid;
import static vn.hocso.lrs.validation.StatementValidatorTest.valid;
import static vn.hocso.lrs.validation.StatementValidatorTest.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Result and score (Data 2.4.5; XAPI-00074–00083), durations (XAPI-00124), attachments (XAPI-00025, 00102–00107). */
class StatementValidatorResultTest {

    static final String SHA256 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";
    static final String ATTACHMENT = "{'usageType':'http://example.com/attachment-usage/test',"
            + "'display':{'en-US':'A test attachment'},'description':{'en-US':'A test attachment (description)'},"
            + "'contentType':'text/plain; charset=ascii','length':27,'sha2':'" + SHA256 + "',"
            + "'fileUrl':'http://over.there.com/file.txt'}";

    // ------------------------------------------------------------------------------------------------ result

    @Test
    @DisplayName("a result is an object with only the spec's properties")
    void resultShape() {
        invalid(with("result", "'passed'"), "result");
        invalid(with("result.Success", "true"), "result.Success");
        invalid(with("result.score2", "{}"), "result.score2");
        valid(with("result", "{'success':true,'completion':true,'response':'We agreed on some example actions.',"
                + "'duration':'PT1H0M0S','score':{'scaled':0.95},'extensions':{'http://example.com/e':1}}"));
    }

    @ParameterizedTest(name = "XAPI-00074/XAPI-00075 {0} = {1} rejected")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"success|'true'", "success|'false'", "success|1",
        "success|{'key':'value'}", "completion|'true'", "completion|'false'", "completion|0", "completion|[]"})
    @DisplayName("XAPI-00074/XAPI-00075 success and completion are booleans")
    void booleans(String key, String value) {
        invalid(with("result." + key, value), "result." + key);
    }

    @ParameterizedTest(name = "XAPI-00076 response {0} rejected")
    @ValueSource(strings = {"12345", "{'key':'value'}", "true", "['a']"})
    @DisplayName("XAPI-00076 a response is a string")
    void response(String value) {
        invalid(with("result.response", value), "result.response");
        valid(with("result.response", "''"));
    }

    @ParameterizedTest(name = "XAPI-00078/XAPI-00118 extensions {0} rejected")
    @ValueSource(strings = {"12345", "'should fail'", "[]", "{'should fail':true}", "{'example.com/extension/wrong':1}"})
    @DisplayName("XAPI-00078/XAPI-00118 result extensions are an object keyed by absolute IRIs")
    void extensions(String value) {
        invalid(with("result.extensions", value), "result.extensions");
    }

    // ------------------------------------------------------------------------------------------------ duration

    @ParameterizedTest(name = "XAPI-00124 duration {0} accepted")
    @ValueSource(strings = {"PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W",
            "P1DT12H36M0.12567S", "PT0S", "P0D", "PT1.5H", "P1Y2M", "P2MT30M", "PT0.01S"})
    @DisplayName("XAPI-00124/XAPI-00077 ISO 8601 durations are accepted")
    void durationValid(String d) {
        valid(with("result.duration", "'" + d + "'"));
    }

    @ParameterizedTest(name = "XAPI-00124 duration {0} rejected")
    @ValueSource(strings = {"'PA1H0M0S'", "'should fail'", "'P4W1D'", "'P'", "'PT'", "'P1DT'", "'1H'", "'PT1H2H'",
            "'PT1M1H'", "'P1M1Y'", "'PT1.5H2M'", "'P0003-06-04T12:30:05'", "'-PT1H'", "'pt1h'", "'PT1,5S'",
            "'PT.5S'", "'PT1.S'", "'P1H'", "'PT1D'", "''", "12345", "{'key':'value'}"})
    @DisplayName("XAPI-00124/XAPI-00077 other durations are rejected (incl. the alternative format and P4W1D)")
    void durationInvalid(String d) {
        invalid(with("result.duration", d), "result.duration");
    }

    // ------------------------------------------------------------------------------------------------ score

    @ParameterizedTest(name = "XAPI-00079 score {0} rejected")
    @ValueSource(strings = {"12345", "'should fail'", "[]"})
    @DisplayName("XAPI-00079 a score is an object")
    void scoreObject(String value) {
        invalid(with("result.score", value), "result.score");
        invalid(with("result.score.Scaled", "0.5"), "result.score.Scaled");
    }

    @ParameterizedTest(name = "XAPI-00083 scaled {0} accepted")
    @ValueSource(strings = {"0.6767676", "1.0", "-1.0000", "0", "1", "-1", "1e-3"})
    @DisplayName("XAPI-00083 scaled is a decimal between -1 and 1 inclusive")
    void scaledValid(String v) {
        valid(with("result.score.scaled", v));
    }

    @ParameterizedTest(name = "XAPI-00083 scaled {0} rejected")
    @ValueSource(strings = {"1.01", "-1.00001", "2", "1.0000000000000000000001", "-1e2", "'0.5'"})
    @DisplayName("XAPI-00083 scaled outside [-1, 1] (even by a hair) or not a number is rejected")
    void scaledInvalid(String v) {
        invalid(with("result.score.scaled", v), "result.score.scaled");
    }

    @Test
    @DisplayName("XAPI-00082 raw is between min and max inclusive, unrestricted otherwise")
    void raw() {
        valid(with("result.score", "{'raw':0.6767676}"));
        valid(with("result.score", "{'raw':-1000}"));
        valid(with("result.score", "{'raw':10,'min':0,'max':10}"));
        valid(with("result.score", "{'raw':0,'min':0,'max':10}"));
        valid(with("result.score", "{'raw':5,'max':10}"));
        valid(with("result.score", "{'raw':5,'min':1}"));
        invalid(with("result.score", "{'raw':0.6767676,'min':0,'max':0.6567676}"), "result.score.raw");
        invalid(with("result.score", "{'raw':0.6767676,'min':1.4067676,'max':100}"), "result.score.raw");
        invalid(with("result.score", "{'raw':11,'max':10}"), "result.score.raw");
        invalid(with("result.score", "{'raw':-1,'min':0}"), "result.score.raw");
        invalid(with("result.score", "{'raw':'5'}"), "result.score.raw");
    }

    @Test
    @DisplayName("XAPI-00081/XAPI-00080 min is less than max")
    void minMax() {
        valid(with("result.score", "{'min':0.6767676,'max':100.6767676}"));
        valid(with("result.score", "{'min':-5}"));
        valid(with("result.score", "{'max':5}"));
        invalid(with("result.score", "{'min':104.6767676,'max':100.6767676}"), "result.score.min");
        invalid(with("result.score", "{'min':5,'max':5}"), "result.score.min");
        invalid(with("result.score", "{'min':'0','max':10}"), "result.score.min");
        invalid(with("result.score", "{'min':0,'max':true}"), "result.score.max");
    }

    @Test
    @DisplayName("XAPI-00001 score properties cannot be null")
    void scoreNulls() {
        invalid(with("result.score", "{'scaled':null}"), "result.score.scaled");
    }

    // ------------------------------------------------------------------------------------------------ attachments

    @Test
    @DisplayName("XAPI-00025 attachments is an array of Attachment objects")
    void attachmentsArray() {
        valid(with("attachments", "[" + ATTACHMENT + "]"));
        valid(with("attachments", "[]"));
        invalid(with("attachments", ATTACHMENT), "attachments");
        invalid(with("attachments", "[12345]"), "attachments[0]");
        invalid(with("attachments", "['should fail']"), "attachments[0]");
    }

    static ObjectNode attachmentWith(String key, String value) {
        ObjectNode s = with("attachments", "[" + ATTACHMENT + "]");
        return with(s, "attachments[0]." + key, value);
    }

    static ObjectNode attachmentWithout(String key) {
        ObjectNode s = with("attachments", "[" + ATTACHMENT + "]");
        ((ObjectNode) s.get("attachments").get(0)).remove(key);
        return s;
    }

    @ParameterizedTest(name = "XAPI-00102..00107 attachment {0} = {1} rejected")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "usageType|'should fail'", "usageType|'example.com/attachment-usage/test'", "usageType|1",
        "contentType|999", "contentType|'text'", "contentType|'text/'", "contentType|'/plain'", "contentType|''",
        "contentType|'text plain'", "contentType|'text/plain junk'",
        "length|'should fail'", "length|27.5", "length|-1", "length|27.0",
        "sha2|12345", "sha2|'should fail'", "sha2|''", "sha2|'495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848'",
        "fileUrl|'should fail'", "fileUrl|'over.there.com/file.txt'", "fileUrl|1",
        "display|12345", "display|'string'", "display|{'something':'x'}", "display|{'a12345678':'x'}",
        "description|12345", "description|'string'", "description|{'something':'x'}",
        "Length|27", "data|'aGVsbG8='"})
    @DisplayName("XAPI-00102/XAPI-00103/XAPI-00104/XAPI-00105/XAPI-00106/XAPI-00107 attachment properties are typed")
    void attachmentProperties(String key, String value) {
        invalid(attachmentWith(key, value), "attachments[0]." + key);
    }

    @ParameterizedTest(name = "attachment without {0} rejected")
    @ValueSource(strings = {"usageType", "display", "contentType", "length", "sha2"})
    @DisplayName("an attachment has usageType, display, contentType, length and sha2")
    void attachmentRequired(String key) {
        invalid(attachmentWithout(key), "attachments[0]." + key);
    }

    @Test
    @DisplayName("fileUrl and description are optional; other media types and SHA-2 sizes are accepted")
    void attachmentOptional() {
        valid(attachmentWithout("fileUrl"));
        valid(attachmentWithout("description"));
        valid(attachmentWith("contentType", "'application/octet-stream'"));
        valid(attachmentWith("contentType", "'application/vnd.openxmlformats-officedocument.wordprocessingml.document'"));
        valid(attachmentWith("contentType", "'multipart/mixed; boundary=\"abc\"'"));
        valid(attachmentWith("sha2", "'" + SHA256.toUpperCase() + "'"));
        valid(attachmentWith("sha2", "'" + SHA256 + SHA256 + "'"));
        valid(attachmentWith("length", "0"));
        valid(attachmentWith("display", "{'en-US':'A test attachment','es':'Un accesorio de prueba'}"));
        valid(attachmentWith("description", "{'es-MX':'Un accesorio de prueba (descripción)'}"));
    }
}
