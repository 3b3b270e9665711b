package vn.hocso.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.hocso.org.model.OrgScope;
import vn.hocso.platform.i18n.Languages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Plain unit tests of the small shared pieces. */
class TextAndScopeTest {

    @Test
    void namesAreStoredInNfcWithSpacesFolded() {
        String nfd = Normalizer.normalize("Nguyễn   Thị  Ánh ", Normalizer.Form.NFD);
        String stored = VietnameseText.nfc(nfd);
        assertEquals("Nguyễn Thị Ánh", stored);
        assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
    }

    @Test
    void searchKeyDropsDiacriticsAndDStroke() {
        assertEquals("dang thi thuy", VietnameseText.searchKey("Đặng Thị Thủy"));
        assertEquals(VietnameseText.searchKey("ĐỖ HỮU NGHĨA"), VietnameseText.searchKey("do huu nghia"));
        assertEquals("", VietnameseText.searchKey(null));
    }

    @Test
    void scopeFoldsNestedPathsAndNarrows() {
        OrgScope scope = OrgScope.of(List.of("/HCM/Q01/", "/HCM/Q01/Q01-TH-01/", "/HCM/Q03/"));
        assertEquals(List.of("/HCM/Q01/", "/HCM/Q03/"), scope.paths());
        assertTrue(scope.covers("/HCM/Q01/Q01-TH-01/"));
        assertFalse(scope.covers("/HCM/"));
        assertFalse(scope.covers("/HCM/Q010/"));
        assertEquals(List.of("/HCM/Q01/"), scope.narrowTo("/HCM/").paths().subList(0, 1));
        assertTrue(scope.narrowTo("/HCM/QBT/").isEmpty());
        assertTrue(OrgScope.none().isEmpty());
    }

    @Test
    void languagesAcceptTagsWithRegions() {
        assertEquals(Languages.ENGLISH, Languages.supported("en-GB"));
        assertEquals(Languages.VIETNAMESE, Languages.supported("vi-VN"));
        assertNull(Languages.supported("fr"));
        assertNull(Languages.supported(""));
    }

    @Test
    void pagingIsClamped() {
        assertEquals(new PageRequest(0, 25), PageRequest.of(-3, null));
        assertEquals(200, PageRequest.of(1, 10_000).size());
        PageResult<String> empty = new PageResult<>(List.of(), 0, 0, 25);
        assertEquals(1, empty.pageCount());
        assertFalse(empty.hasNext());
    }

    @Test
    void bothLanguagesHaveTheSameMessages() throws IOException {
        Properties vi = load("messages/msg_vi.properties");
        Properties en = load("messages/msg_en.properties");
        assertEquals(vi.stringPropertyNames(), en.stringPropertyNames());
        vi.stringPropertyNames().forEach(k -> assertFalse(vi.getProperty(k).isBlank(), k));
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextAndScopeTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
