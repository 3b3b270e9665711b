package vn.hocso.content.web;

import java.time.Instant;
import java.util.List;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.content.model.Standard;
import vn.hocso.content.service.PackageService;

/** JSON views of packages. */
public final class PackageViews {

    private PackageViews() {
    }

    /** A package in lists. */
    public record PackageSummary(long id, String title, Standard standard, String status, int latestVersion,
            long orgUnitId, String orgUnitName, Instant updatedAt) {
    }

    /** One version: its file facts and, when asked for, the parsed structure. */
    public record VersionView(long id, int version, Standard standard, String edition, String title, int fileCount,
            long totalBytes, String originalFilename, String sha256, Instant uploadedAt, List<String> warnings,
            PackageDescriptor descriptor) {
    }

    /** A package with its versions (the latest with its structure). */
    public record PackageDetail(long id, String title, Standard standard, String edition, String status,
            int latestVersion, long orgUnitId, String orgUnitName, Instant createdAt, Instant updatedAt,
            PackageDescriptor descriptor, List<VersionView> versions) {
    }

    static PackageSummary summary(ContentPackage p) {
        return new PackageSummary(p.id, p.title, p.standard, p.status.name(), p.latestVersion, p.orgUnit.id,
                p.orgUnit.name, p.updatedAt);
    }

    static PackageDetail detail(PackageService.Detail d) {
        ContentPackage p = d.contentPackage();
        List<VersionView> versions = new java.util.ArrayList<>();
        for (int i = 0; i < d.versions().size(); i++) {
            versions.add(version(d.versions().get(i), d.descriptors().get(i), false));
        }
        PackageVersion latest = d.versions().get(0);
        return new PackageDetail(p.id, p.title, p.standard, latest.edition, p.status.name(), p.latestVersion,
                p.orgUnit.id, p.orgUnit.name, p.createdAt, p.updatedAt, d.descriptors().get(0), versions);
    }

    static VersionView version(PackageVersion v, PackageDescriptor d, boolean withStructure) {
        return new VersionView(v.id, v.version, v.standard, v.edition, v.title, v.fileCount, v.totalBytes,
                v.originalFilename, v.sha256, v.uploadedAt, d.warnings(), withStructure ? d : null);
    }
}
