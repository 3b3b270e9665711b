package vn.hocso.lrs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocso.lrs.model.XapiVersion;

/** The string-format scanners behind the statement rules: {@link XapiFormats}, {@link LanguageTags}, {@link XapiTimes}. */
class StatementValidatorFormatsTest {

    @ParameterizedTest(name = "IRI {0}")
    @ValueSource(strings = {"http://example.com", "https://example.com/a?b=c#d", "urn:isbn:0451450523", "mailto:a@b.c",
            "x:y", "http://[::1]:8080/p", "http://example.com/%E2%82%AC", "https://ví-dụ.vn/khóa-học",
            "http://example.com/😀", "http:", "a+b-c.d:e"})
    @DisplayName("XAPI-00011 absolute IRIs")
    void irisAccepted(String s) {
        assertTrue(XapiFormats.isAbsoluteIri(s), s);
    }

    @ParameterizedTest(name = "not an IRI: [{0}]")
    @ValueSource(strings = {"", "example.com", "/relative/path", "//example.com", "ab=c://should.fail.com",
            "1abc:x", ":x", "http://exa mple.com", "http://example.com/\t", "http://example.com/<>", "http://e.com/\"",
            "http://e.com/{x}", "http://e.com/a|b", "http://e.com/a\\b", "http://e.com/^", "http://e.com/`",
            "http://e.com/%", "http://e.com/%4", "http://e.com/%GG", "should fail", "h", "http://e.com/\u0000",
            "http://e.com/\u0085", "http://e.com/\uD800"})
    @DisplayName("XAPI-00011 strings that are not absolute IRIs")
    void irisRejected(String s) {
        assertFalse(XapiFormats.isAbsoluteIri(s), s);
    }

    @ParameterizedTest(name = "UUID {0}")
    @ValueSource(strings = {"fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "FD41C918-B88B-4B20-B0A5-A4C32391AAA0",
            "6ba7b810-9dad-11d1-90b4-00c04fd430c8", "01234567-89ab-8def-8123-456789abcdef"})
    @DisplayName("XAPI-00027 RFC 4122 UUIDs")
    void uuidsAccepted(String s) {
        assertTrue(XapiFormats.isUuid(s), s);
    }

    @ParameterizedTest(name = "not a UUID: [{0}]")
    @ValueSource(strings = {"", "fd41c918-b88b-4b20-70a5-a4c32391aaa0", "fd41c918-b88b-4b20-c0a5-a4c32391aaa0",
            "fd41c918-b88b-4b20-a0a5-a4c32391aaa", "fd41c918_b88b_4b20_a0a5_a4c32391aaa0",
            "fd41c918-b88b-4b20-a0a5-a4c32391aaag", "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
            " fd41c918-b88b-4b20-a0a5-a4c32391aaa0"})
    @DisplayName("XAPI-00027/XAPI-00030 not RFC 4122 UUIDs (wrong variant, length, characters)")
    void uuidsRejected(String s) {
        assertFalse(XapiFormats.isUuid(s), s);
    }

    @ParameterizedTest(name = "media type {0}")
    @ValueSource(strings = {"text/plain", "text/plain; charset=ascii", "application/octet-stream", "image/svg+xml",
            "application/vnd.ms-excel", "text/plain;charset=utf-8", "TEXT/PLAIN"})
    @DisplayName("XAPI-00105 Internet media types")
    void mediaTypes(String s) {
        assertTrue(XapiFormats.isMediaType(s), s);
    }

    @ParameterizedTest(name = "not a media type: [{0}]")
    @ValueSource(strings = {"", "text", "text/", "/plain", "text/plain/x", "text /plain", "text/plain x",
            "text/plain;\u0001", "te(x)t/plain"})
    @DisplayName("XAPI-00105 strings that are not media types")
    void notMediaTypes(String s) {
        assertFalse(XapiFormats.isMediaType(s), s);
    }

    @ParameterizedTest(name = "tag {0}")
    @ValueSource(strings = {"en", "en-US", "vi", "vi-VN", "zh-Hans-CN", "zh-Hant", "sr-Latn-RS", "sr-Cyrl", "cmn",
            "de-DE", "es-419", "de-CH-1901", "sl-rozaj-biske", "en-a-bbb-x-a-ccc", "x-whatever", "qaa-Qaaa-QM-x-southern",
            "zh-cmn-Hans-CN", "EN-us", "i-default", "art-lojban", "zh-min-nan", "sgn-BE-FR", "hy-Latn-IT-arevela",
            "abcdefgh"})
    @DisplayName("XAPI-00121/XAPI-00013 well-formed RFC 5646 tags")
    void languageTags(String s) {
        assertTrue(LanguageTags.isWellFormed(s), s);
    }

    @ParameterizedTest(name = "not a tag: [{0}]")
    @ValueSource(strings = {"", "a12345", "a12345678", "something", "en-", "-en", "en--US", "e", "x", "x-",
            "en_US", "en-US-", "1en", "en-a", "en-a-", "en-x", "en-x-toolongsubtag", "abcdefghi", "en-US-a12345678",
            "i-notregistered", "en US", "zh-Hans-CN-", "de-1901-", "en-Latn-Latn-Latn-Latn-Latn"})
    @DisplayName("XAPI-00121/XAPI-00013 strings that are not well-formed language tags")
    void notLanguageTags(String s) {
        assertFalse(LanguageTags.isWellFormed(s), s);
    }

    @ParameterizedTest(name = "duration {0}")
    @ValueSource(strings = {"P1Y", "P1M", "P1D", "PT1H", "PT1M", "PT1S", "P1W", "P1.5W", "P1Y2M3DT4H5M6.789S",
            "PT36H", "PT0.000001S"})
    @DisplayName("XAPI-00124 ISO 8601 §4.4.3.2 durations")
    void durations(String s) {
        assertTrue(XapiTimes.isDuration(s), s);
    }

    @ParameterizedTest(name = "timestamp (both) {0}")
    @ValueSource(strings = {"2024-05-04T17:00:00Z", "2024-05-04T17:00:00.1Z", "2024-05-04T17:00:00+18:00",
            "2024-05-04T17:00:00-18:00", "2000-02-29T00:00:00Z", "0001-01-01T00:00:00Z", "2024-05-04T17:00:00+05:30",
            "2024-05-04T17:00:00"})
    @DisplayName("XAPI-00123 timestamps valid in both versions")
    void timestampsBoth(String s) {
        assertNull(XapiTimes.timestampProblem(s, XapiVersion.V1_0_3), s);
        assertNull(XapiTimes.timestampProblem(s, XapiVersion.V2_0_0), s);
    }

    @ParameterizedTest(name = "timestamp (neither) {0}")
    @ValueSource(strings = {"1900-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-00-10T00:00:00Z",
            "2024-05-00T00:00:00Z", "2024-05-04T17:00:00+18:01", "2024-05-04T17:00:00+05:60", "2024-05-04T17:00:60Z",
            "2024-05-04T17", "2024-05-04T", "24-05-04T17:00:00Z", "2024-5-4T17:00:00Z", "2024-05-04T17:00:00+5:00",
            "2024-05-04T17:00:00+05:00:00", "2024-05-04T17:00:00 Z", "2024-05-04X17:00:00Z", "2024-05-04T17:00:00-00",
            "20240504T170000-0000", "2024-05-04T17:00:00.601-00:00", "2024-05-04T17:00.5Z", "20240504T1700.5Z"})
    @DisplayName("XAPI-00123 timestamps invalid in both versions")
    void timestampsNeither(String s) {
        assertNotNull(XapiTimes.timestampProblem(s, XapiVersion.V1_0_3), s);
        assertNotNull(XapiTimes.timestampProblem(s, XapiVersion.V2_0_0), s);
    }

    @ParameterizedTest(name = "mbox {0}")
    @ValueSource(strings = {"mailto:a@b", "mailto:a.b@c.d", "mailto:o'brien@example.ie"})
    @DisplayName("XAPI-00038 mailto IRIs")
    void mailto(String s) {
        assertTrue(XapiFormats.isMailtoIri(s), s);
    }

    @ParameterizedTest(name = "SHA-2 hex of {0} digits")
    @ValueSource(ints = {56, 64, 96, 128})
    @DisplayName("XAPI-00103 SHA-224/256/384/512 digests in hex")
    void sha2Lengths(int n) {
        assertTrue(XapiFormats.isSha2Hex("a".repeat(n)));
        assertFalse(XapiFormats.isSha2Hex("a".repeat(n - 1)));
        assertFalse(XapiFormats.isSha2Hex("g".repeat(n)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"2023-05-04T12:00:00-05:00,2023-05-04T17:00:00Z", "2023-05-04T17:00:00.000Z,2023-05-04T17:00:00Z",
        "2024-05-04T17:00:00,2024-05-04T17:00:00Z", "2024-05-04t17:00:00.5z,2024-05-04T17:00:00.500Z",
        "20240504T170000+0700,2024-05-04T10:00:00Z", "2024-05-04T17:00:00.1234567891Z,2024-05-04T17:00:00.123456789Z",
        "2024-05-04T17:00+01,2024-05-04T16:00:00Z", "2024-05-04T17:00:00.5+05:30,2024-05-04T11:30:00.5Z"})
    @DisplayName("2.0.0: accepted timestamps convert to a UTC instant")
    void toInstant(String in, String utc) {
        assertEquals(Instant.parse(utc), XapiTimes.toInstant(in));
    }

    @ParameterizedTest(name = "toInstant rejects {0}")
    @ValueSource(strings = {"should fail", "2024-05-04T17:00:00-00:00", "2024-02-30T00:00:00Z"})
    @DisplayName("toInstant rejects what neither version accepts")
    void toInstantRejects(String in) {
        assertThrows(IllegalArgumentException.class, () -> XapiTimes.toInstant(in));
    }
}
