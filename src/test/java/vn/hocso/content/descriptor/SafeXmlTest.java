package vn.hocso.content.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

import vn.hocso.content.TestZip;
import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;

class SafeXmlTest {

    @TempDir
    Path tmp;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anXxeManifestIsRejectedWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-42");
        String manifest = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY xxe SYSTEM "%s">]>
                <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">
                  <organizations default="o"><organization identifier="o"><title>&xxe;</title>
                  <item identifier="i" identifierref="r"><title>&xxe;</title></item></organization></organizations>
                  <resources><resource identifier="r" type="webcontent" href="index.html"/></resources>
                </manifest>""".formatted(secret.toUri());
        try (PackageArchive archive = TestZip.zip().add("imsmanifest.xml", manifest).add("index.html", "x")
                .open(tmp)) {
            PackageRejected e = assertThrows(PackageRejected.class, () -> DescriptorReader.read(archive));
            assertEquals("descriptor.doctype", e.code());
            assertEquals(422, e.status());
            assertFalse(e.getMessage().contains("TOP-SECRET"));
        }
    }

    @Test
    void anExternalDtdIsRejectedBeforeAnyNetworkAccess() {
        byte[] xml = utf8("<?xml version=\"1.0\"?><!DOCTYPE tincan SYSTEM \"http://127.0.0.1:9/evil.dtd\"><tincan/>");
        PackageRejected e = assertThrows(PackageRejected.class, () -> SafeXml.parse(xml, "tincan.xml"));
        assertEquals("descriptor.doctype", e.code());
        assertEquals("tincan.xml", e.args().get(0));
    }

    @Test
    void theDomFactoryItselfRefusesDoctypes() {
        byte[] xml = utf8("<!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>");
        assertThrows(SAXParseException.class, () -> SafeXml.newDocumentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml)));
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        byte[] body = utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?><tincan xmlns=\"http://projecttincan.com/tincan.xsd\"/>");
        byte[] xml = new byte[body.length + 3];
        xml[0] = (byte) 0xEF;
        xml[1] = (byte) 0xBB;
        xml[2] = (byte) 0xBF;
        System.arraycopy(body, 0, xml, 3, body.length);
        Document doc = SafeXml.parse(xml, "tincan.xml");
        assertEquals("tincan", doc.getDocumentElement().getLocalName());
    }

    @Test
    void malformedXmlIsInvalidWithALineNumber() {
        PackageRejected e = assertThrows(PackageRejected.class,
                () -> SafeXml.parse(utf8("<manifest>\n<organizations>\n</manifest>"), "imsmanifest.xml"));
        assertEquals("descriptor.invalid", e.code());
        assertEquals("imsmanifest.xml", e.args().get(0));
        assertEquals(true, e.args().get(1).startsWith("line 3"), e.args().get(1));
    }
}
