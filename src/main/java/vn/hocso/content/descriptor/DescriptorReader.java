package vn.hocso.content.descriptor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.archive.PackageRejected.Reason;
import vn.hocso.content.model.PackageDescriptor;

/**
 * Finds the descriptor at the root of a validated archive and parses it. Looks for, in this order,
 * {@code cmi5.xml} (cmi5), {@code imsmanifest.xml} (SCORM 1.2 / 2004) and {@code tincan.xml} (xAPI); the first one
 * present wins and any other root descriptor is mentioned in a warning. The archive's own warnings (e.g. names that
 * differ only in letter case) come first in the result's warnings.
 *
 * <p>Rejects: {@code descriptor.nestedOnly} when no root descriptor exists but one sits in a sub-folder (the
 * shallowest is named); {@code descriptor.missing} when there is none at all; {@code descriptor.tooLarge} over
 * {@link vn.hocso.content.archive.ImportLimits#maxDescriptorBytes()}; and whatever the chosen parser rejects.
 */
public final class DescriptorReader {

    /** Root descriptor names in order of precedence. */
    public static final List<String> DESCRIPTOR_NAMES = List.of("cmi5.xml", "imsmanifest.xml", "tincan.xml");

    private DescriptorReader() {
    }

    /**
     * Reads the package for a real import: every launch file must exist.
     *
     * @param archive an opened archive
     * @return the parsed descriptor
     * @throws PackageRejected as listed in the class comment
     * @throws IOException when the archive cannot be read
     */
    public static PackageDescriptor read(PackageArchive archive) throws IOException {
        return read(archive, LaunchFileCheck.REQUIRE);
    }

    /**
     * @param archive an opened archive
     * @param check {@link LaunchFileCheck#REQUIRE} for imports; {@link LaunchFileCheck#WARN} to parse a descriptor
     *        shipped without its content
     * @return the parsed descriptor
     * @throws PackageRejected as listed in the class comment
     * @throws IOException when the archive cannot be read
     */
    public static PackageDescriptor read(PackageArchive archive, LaunchFileCheck check) throws IOException {
        String name = DESCRIPTOR_NAMES.stream().filter(archive::contains).findFirst()
                .orElseThrow(() -> notAtRoot(archive));
        byte[] xml = archive.readEntry(name, archive.limits().maxDescriptorBytes()).orElseThrow();
        PackageDescriptor parsed = switch (name) {
            case "cmi5.xml" -> Cmi5Parser.parse(xml, archive, check);
            case "imsmanifest.xml" -> ScormManifestParser.parse(xml, archive, check);
            default -> TincanParser.parse(xml, archive, check);
        };
        List<String> warnings = new ArrayList<>(archive.warnings());
        DESCRIPTOR_NAMES.stream().filter(n -> !n.equals(name) && archive.contains(n)).forEach(n -> warnings.add(
                "The package also has " + n + " at its root; it is ignored because " + name + " takes precedence."));
        warnings.addAll(parsed.warnings());
        return new PackageDescriptor(parsed.standard(), parsed.edition(), parsed.title(), parsed.scorm(),
                parsed.cmi5(), parsed.tincan(), parsed.launches(), List.copyOf(warnings));
    }

    /**
     * Reads a bare {@code cmi5.xml} uploaded without a zip (cmi5 spec 14.1: every AU url must then be absolute).
     *
     * @param xml the file's bytes
     * @param maxBytes the descriptor size limit
     * @return the parsed descriptor
     * @throws PackageRejected {@code descriptor.tooLarge}, or whatever {@link Cmi5Parser} rejects
     */
    public static PackageDescriptor readBareCmi5(byte[] xml, int maxBytes) {
        if (xml.length > maxBytes) {
            throw new PackageRejected(Reason.DESCRIPTOR_TOO_LARGE, "cmi5.xml", Integer.toString(maxBytes));
        }
        return Cmi5Parser.parse(xml, null, LaunchFileCheck.REQUIRE);
    }

    private static PackageRejected notAtRoot(PackageArchive archive) {
        Optional<String> nested = archive.names().stream()
                .filter(n -> DESCRIPTOR_NAMES.stream().anyMatch(d -> n.endsWith("/" + d)))
                .filter(n -> !n.startsWith("__MACOSX/"))
                .min(Comparator.comparingLong((String n) -> n.chars().filter(c -> c == '/').count())
                        .thenComparing(Comparator.naturalOrder()));
        if (nested.isPresent()) {
            String path = nested.get();
            int slash = path.lastIndexOf('/');
            return new PackageRejected(Reason.DESCRIPTOR_NESTED_ONLY, path.substring(0, slash + 1),
                    path.substring(slash + 1));
        }
        return new PackageRejected(Reason.DESCRIPTOR_MISSING);
    }
}
