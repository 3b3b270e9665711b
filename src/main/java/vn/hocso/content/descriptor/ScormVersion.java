package vn.hocso.content.descriptor;

import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;

import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.archive.PackageRejected.Reason;
import vn.hocso.content.model.Standard;

/**
 * A SCORM version, detected from a manifest's namespace and {@code schemaversion}.
 *
 * @param standard SCORM_12 or SCORM_2004
 * @param edition "1.2", or the 2004 edition "2nd", "3rd" or "4th"
 */
record ScormVersion(Standard standard, String edition) {

    /**
     * @param manifest the root element
     * @param warnings receives a warning when the 2004 edition has to be assumed
     * @return SCORM_12 with edition "1.2", or SCORM_2004 with "2nd", "3rd" or "4th"
     * @throws PackageRejected {@code descriptor.invalid} when neither the namespace nor the schemaversion is SCORM
     */
    static ScormVersion detect(Element manifest, List<String> warnings) {
        String ns = manifest.getNamespaceURI();
        Element metadata = Dom.child(manifest, "metadata");
        String version = Dom.childText(metadata, "schemaversion");
        String v = version == null ? "" : version.toLowerCase(Locale.ROOT);
        if (v.contains("4th")) {
            return new ScormVersion(Standard.SCORM_2004, "4th");
        }
        if (v.contains("3rd")) {
            return new ScormVersion(Standard.SCORM_2004, "3rd");
        }
        if (v.contains("cam 1.3") || v.contains("2nd")) {
            return new ScormVersion(Standard.SCORM_2004, "2nd");
        }
        if (v.equals("1.2") || ScormManifestParser.NS_SCORM_12.equals(ns)) {
            return new ScormVersion(Standard.SCORM_12, "1.2");
        }
        if (ScormManifestParser.NS_SCORM_2004.equals(ns)) {
            if (declaresAdlcp12(manifest)) {
                return new ScormVersion(Standard.SCORM_12, "1.2");
            }
            warnings.add("The manifest's schemaversion \"" + version
                    + "\" is not a SCORM 2004 edition; 3rd edition is assumed.");
            return new ScormVersion(Standard.SCORM_2004, "3rd");
        }
        throw new PackageRejected(Reason.DESCRIPTOR_INVALID, "imsmanifest.xml",
                "it is neither a SCORM 1.2 nor a SCORM 2004 manifest (namespace \"" + ns + "\", schemaversion \""
                        + version + "\")");
    }

    /** A manifest in the CP 1.1 namespace that binds ADL CP 1.2 ({@code adlcp_rootv1p2}) is SCORM 1.2. */
    private static boolean declaresAdlcp12(Element manifest) {
        var attributes = manifest.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if ("http://www.adlnet.org/xsd/adlcp_rootv1p2".equals(attributes.item(i).getNodeValue())) {
                return true;
            }
        }
        return false;
    }
}
