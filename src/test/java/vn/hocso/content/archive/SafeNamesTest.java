package vn.hocso.content.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @Test
    void acceptsOrdinaryRelativeNamesIncludingVietnameseAndFolders() {
        assertTrue(SafeNames.problem("shared/launchpage.html").isEmpty());
        assertTrue(SafeNames.problem("Bài 1/giới thiệu.html").isEmpty());
        assertTrue(SafeNames.problem("css/").isEmpty());
        assertTrue(SafeNames.problem("..hidden/a..b").isEmpty(), "dots inside a segment are fine");
    }

    @Test
    void explainsEachKindOfUnsafeName() {
        assertEquals("it contains a '..' segment", SafeNames.problem("a/..").orElseThrow());
        assertEquals("it is an absolute path", SafeNames.problem("/etc/passwd").orElseThrow());
        assertEquals("it contains a backslash", SafeNames.problem("..\\x").orElseThrow());
        assertEquals("it contains a colon (drive letter or scheme)", SafeNames.problem("C:/x").orElseThrow());
        assertEquals("it contains a control character", SafeNames.problem("a\u0085b").orElseThrow());
        assertEquals("the name is empty", SafeNames.problem("").orElseThrow());
        assertTrue(SafeNames.problem("a".repeat(SafeNames.MAX_LENGTH + 1)).isPresent());
    }

    @Test
    void requireSafeThrowsAPackageRejection() {
        PackageRejected e = assertThrows(PackageRejected.class, () -> SafeNames.requireSafe("x/\u0000"));
        assertEquals("zip.unsafePath", e.code());
        assertEquals("x/\\u0000", e.args().get(0));
        assertEquals("The zip entry \"x/\\u0000\" has an unsafe name: it contains a control character.",
                e.getMessage());
    }
}
