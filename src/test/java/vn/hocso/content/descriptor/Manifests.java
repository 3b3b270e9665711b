package vn.hocso.content.descriptor;

/** Small manifest texts for tests. */
final class Manifests {

    private Manifests() {
    }

    /** A SCORM 1.2 manifest with the given organisation content and resources. */
    static String scorm12(String items, String resources) {
        return """
                <?xml version="1.0"?>
                <manifest identifier="m1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>Course</title>
                  %s
                  </organization></organizations>
                  <resources>%s</resources>
                </manifest>""".formatted(items, resources);
    }

    /** A SCORM 2004 manifest with the given schemaversion, organisation content, resources and extra content. */
    static String scorm2004(String schemaVersion, String items, String resources, String extra) {
        return """
                <?xml version="1.0"?>
                <manifest identifier="m2" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
                          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
                          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <metadata><schema>ADL SCORM</schema><schemaversion>%s</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>Course 2004</title>
                  %s
                  </organization></organizations>
                  <resources>%s</resources>
                  %s
                </manifest>""".formatted(schemaVersion, items, resources, extra);
    }

    /** One leaf item launching one SCO resource. */
    static String oneSco(String href) {
        return scorm12("<item identifier=\"i1\" identifierref=\"r1\"><title>One</title></item>",
                "<resource identifier=\"r1\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"" + href + "\"/>");
    }
}
