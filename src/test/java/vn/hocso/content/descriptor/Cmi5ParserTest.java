package vn.hocso.content.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hocso.content.TestZip;
import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.model.Cmi5Node;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.Standard;

class Cmi5ParserTest {

    private static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    @TempDir
    Path tmp;

    /** A minimal valid course with one AU launching {@code url}. */
    static String course(String url) {
        return structure("<au id=\"https://example.org/au/1\"><title><langstring lang=\"en\">AU 1</langstring>"
                + "</title><description><langstring lang=\"en\">d</langstring></description><url>" + url
                + "</url></au>");
    }

    private static String structure(String body) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="%s">
                  <course id="https://example.org/course">
                    <title><langstring lang="vi-VN">Khoá học</langstring><langstring lang="en-US">Course</langstring></title>
                    <description><langstring lang="en-US">About</langstring></description>
                  </course>
                  %s
                </courseStructure>""".formatted(NS, body);
    }

    private PackageDescriptor read(String xml, String... files) throws IOException {
        TestZip zip = TestZip.zip().add("cmi5.xml", xml);
        for (String f : files) {
            zip.add(f, "x");
        }
        try (PackageArchive archive = zip.open(tmp)) {
            return DescriptorReader.read(archive);
        }
    }

    private PackageRejected rejected(String xml, String... files) {
        return assertThrows(PackageRejected.class, () -> read(xml, files));
    }

    @Test
    void blocksAndAusAreReadWithAllAttributesAndDefaults() throws IOException {
        String xml = structure("""
                <block id="https://example.org/block/1">
                  <title><langstring lang="en">Block</langstring></title>
                  <description><langstring lang="en">B</langstring></description>
                  <au id="https://example.org/au/1" moveOn="Passed" masteryScore="0.8" launchMethod="OwnWindow"
                      activityType="http://adlnet.gov/expapi/activities/lesson">
                    <title><langstring lang="en">First</langstring></title>
                    <description><langstring lang="en">one</langstring></description>
                    <url>au1/index.html?mode=a</url>
                    <launchParameters>{"x":1}</launchParameters>
                    <entitlementKey>key-1</entitlementKey>
                  </au>
                </block>
                <au id="https://example.org/au/2">
                  <title><langstring>Second</langstring></title>
                  <description><langstring lang="en">two</langstring></description>
                  <url>https://cdn.example.org/au2.html</url>
                </au>""");
        PackageDescriptor d = read(xml, "au1/index.html");
        assertEquals(Standard.CMI5, d.standard());
        assertEquals("Khoá học", d.title());
        assertEquals(Map.of("vi-VN", "Khoá học", "en-US", "Course"), d.cmi5().titles());
        Cmi5Node block = d.cmi5().children().get(0);
        assertEquals("block", block.type());
        assertNull(block.moveOn());
        Cmi5Node first = block.children().get(0);
        assertEquals("Passed", first.moveOn());
        assertEquals(new BigDecimal("0.8"), first.masteryScore());
        assertEquals("OwnWindow", first.launchMethod());
        assertEquals("{\"x\":1}", first.launchParameters());
        assertEquals("key-1", first.entitlementKey());
        assertEquals("http://adlnet.gov/expapi/activities/lesson", first.activityType());
        Cmi5Node second = d.cmi5().children().get(1);
        assertEquals("NotApplicable", second.moveOn());
        assertEquals("AnyWindow", second.launchMethod());
        assertEquals(Map.of("und", "Second"), second.titles());
        assertEquals(List.of("au1/index.html?mode=a", "https://cdn.example.org/au2.html"),
                d.launches().stream().map(l -> l.href()).toList());
        assertTrue(d.launches().stream().allMatch(l -> l.kind().equals("au")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html?endpoint=http://evil", "index.html?a=1&amp;fetch=x", "index.html?actor=x",
        "index.html?registration=1", "index.html?activityId=x", "https://example.org/au?Endpoint=x"})
    void anAuUrlCarryingALaunchParameterIsRejected(String url) {
        PackageRejected e = rejected(course(url), "index.html");
        assertEquals("cmi5.invalid", e.code());
        assertTrue(e.getMessage().contains("launch parameter"), e.getMessage());
    }

    @Test
    void duplicateIdsAreRejected() {
        String xml = structure("""
                <au id="https://example.org/course"><title><langstring>A</langstring></title>
                <description><langstring>d</langstring></description><url>index.html</url></au>""");
        PackageRejected e = rejected(xml, "index.html");
        assertEquals("cmi5.invalid", e.code());
        assertTrue(e.getMessage().contains("more than once"), e.getMessage());
    }

    @Test
    void schemaViolationsAreRejected() {
        assertEquals("cmi5.invalid", rejected(course("index.html").replace("<au ", "<au moveOn=\"Sometimes\" "),
                "index.html").code());
        assertEquals("cmi5.invalid", rejected(course("index.html").replace(NS, "urn:other"), "index.html").code());
    }

    @Test
    void foreignElementsWithSchemaLocationHintsValidateWithoutFetchingAnything() throws IOException {
        String xml = course("index.html").replace("<courseStructure xmlns=\"" + NS + "\">",
                "<courseStructure xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xmlns:ext=\"urn:example:ext\""
                        + " xsi:schemaLocation=\"urn:example:ext http://127.0.0.1:9/ext.xsd\">")
                .replace("</courseStructure>", "<ext:extra>data</ext:extra></courseStructure>");
        assertEquals(1, read(xml, "index.html").launches().size());
    }

    @Test
    void aRelativeAuUrlMustExistAndStayInside() {
        PackageRejected missing = rejected(course("missing.html"), "index.html");
        assertEquals("launch.missing", missing.code());
        assertEquals(List.of("https://example.org/au/1", "missing.html"), missing.args());
        assertEquals("launch.outside", rejected(course("../index.html"), "index.html").code());
        assertEquals("cmi5.invalid", rejected(course("file:///etc/passwd"), "index.html").code());
    }

    @Test
    void aBareCmi5XmlNeedsAbsoluteUrls() {
        byte[] relative = course("index.html").getBytes(StandardCharsets.UTF_8);
        assertEquals("cmi5.invalid", assertThrows(PackageRejected.class,
                () -> DescriptorReader.readBareCmi5(relative, 1 << 20)).code());
        byte[] absolute = course("https://example.org/au.html").getBytes(StandardCharsets.UTF_8);
        assertEquals("https://example.org/au.html",
                DescriptorReader.readBareCmi5(absolute, 1 << 20).launches().get(0).href());
    }
}
