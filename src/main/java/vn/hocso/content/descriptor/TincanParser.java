package vn.hocso.content.descriptor;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.archive.PackageRejected.Reason;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.Standard;
import vn.hocso.content.model.TincanActivity;

/**
 * Parses a {@code tincan.xml}: its activities (id, type, first name, first description, launch). Every activity with
 * a {@code <launch>} becomes a launch entry of kind "activity".
 *
 * <p>Rejects: a launch outside the package or absolute ({@code launch.outside}), a launch file absent from the
 * archive ({@code launch.missing}, unless {@link LaunchFileCheck#WARN}), no launchable activity
 * ({@code descriptor.noLaunch}), no {@code <tincan>} root ({@code descriptor.invalid}), DOCTYPE
 * ({@code descriptor.doctype}).
 */
public final class TincanParser {

    private static final String FILE = "tincan.xml";

    private TincanParser() {
    }

    /**
     * @param xml the bytes of {@code tincan.xml}
     * @param archive the package
     * @param check what to do about a missing launch file
     * @return the descriptor, standard XAPI
     * @throws PackageRejected as listed in the class comment
     */
    public static PackageDescriptor parse(byte[] xml, PackageArchive archive, LaunchFileCheck check) {
        Element root = SafeXml.parse(xml, FILE).getDocumentElement();
        if (!Dom.localName(root).equals("tincan")) {
            throw new PackageRejected(Reason.DESCRIPTOR_INVALID, FILE,
                    "the root element is <" + Dom.localName(root) + ">, not <tincan>");
        }
        Element container = Dom.child(root, "activities");
        List<TincanActivity> activities = new ArrayList<>();
        List<LaunchEntry> launches = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Element a : container == null ? List.<Element>of() : Dom.children(container, "activity")) {
            String id = Dom.attr(a, "id");
            String name = Dom.childText(a, "name");
            String launch = Dom.childText(a, "launch");
            String href = launch == null ? null
                    : Hrefs.launch(id, launch, archive, check, (path, w) -> warnings.add(w)).href();
            activities.add(new TincanActivity(id, Dom.attr(a, "type"), name, Dom.childText(a, "description"), href));
            if (href != null) {
                launches.add(new LaunchEntry(id, name != null ? name : String.valueOf(id), "activity", href));
            }
        }
        if (launches.isEmpty()) {
            throw new PackageRejected(Reason.DESCRIPTOR_NO_LAUNCH, FILE);
        }
        return new PackageDescriptor(Standard.XAPI, null, launches.get(0).title(), null, null,
                List.copyOf(activities), List.copyOf(launches), List.copyOf(warnings));
    }
}
