package vn.hocso.content.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hibernate.Hibernate;
import org.jboss.logging.Logger;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/**
 * Content packages: import (new package or new version), listing, archive and delete, within the caller's scope.
 * An import either stores the package completely (files in the content store, then the rows) or leaves nothing.
 */
@ApplicationScoped
public class PackageService {

    private static final Logger LOG = Logger.getLogger(PackageService.class);

    @Inject
    PackageRepository packages;

    @Inject
    OrgUnitRepository units;

    @Inject
    PackageImporter importer;

    @Inject
    ObjectMapper json;

    /** Who uploads and where they may put packages (their TRAINER and ADMIN subtrees). */
    public record Uploader(long accountId, OrgScope scope) {
    }

    /**
     * Imports an uploaded archive: a new package, or the next version of the package of the same org unit whose
     * descriptor has the same identifier and standard (re-uploading a course updates it; running attempts keep their
     * version).
     *
     * @param orgUnitId where to publish it; null = the uploader's only subtree
     * @throws DomainException 422 when the unit is not in the uploader's scope or must be chosen
     * @throws DomainException 400/413/422 when the archive or its descriptor is unacceptable (nothing stored)
     */
    public PackageVersion create(Path upload, String filename, Long orgUnitId, Uploader who) {
        OrgUnit unit = targetUnit(orgUnitId, who.scope());
        PackageImporter.Imported imported = importer.importArchive(upload);
        String identifier = identifier(imported.descriptor());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ContentPackage existing = identifier == null ? null
                        : packages.sameIdentity(unit.id, imported.descriptor().standard(), identifier);
                if (existing != null) {
                    return nextVersion(existing.id, imported, filename, who);
                }
                ContentPackage p = new ContentPackage();
                p.orgUnit = units.findById(unit.id);
                p.title = imported.descriptor().title();
                p.standard = imported.descriptor().standard();
                p.identifier = identifier;
                p.latestVersion = 1;
                p.createdBy = who.accountId();
                packages.persist(p);
                return addVersion(p, 1, imported, filename, who);
            });
        } catch (RuntimeException e) {
            importer.discard(imported);
            throw e;
        }
    }

    /** What the descriptor calls the package: manifest identifier, cmi5 course id or first tincan activity id. */
    static String identifier(PackageDescriptor d) {
        String id = d.scorm() != null ? d.scorm().identifier() : d.cmi5() != null ? d.cmi5().id()
                : d.tincan() != null && !d.tincan().isEmpty() ? d.tincan().get(0).id() : null;
        return id == null || id.isBlank() ? null : id.substring(0, Math.min(id.length(), 1000));
    }

    /**
     * Imports an uploaded archive as the next version of a package; attempts already running keep their version.
     *
     * @throws DomainException 404 outside the uploader's scope; 422 when the standard differs from the package's
     * @throws DomainException 400/413/422 when the archive or its descriptor is unacceptable (nothing stored)
     */
    public PackageVersion addVersion(long packageId, Path upload, String filename, Uploader who) {
        get(packageId, who.scope());
        PackageImporter.Imported imported = importer.importArchive(upload);
        try {
            return QuarkusTransaction.requiringNew().call(() -> nextVersion(packageId, imported, filename, who));
        } catch (RuntimeException e) {
            importer.discard(imported);
            throw e;
        }
    }

    /** Adds an imported archive as the next version of a package (in the caller's transaction). */
    private PackageVersion nextVersion(long packageId, PackageImporter.Imported imported, String filename,
            Uploader who) {
        ContentPackage p = packages.findById(packageId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (p.standard != imported.descriptor().standard()) {
            throw new DomainException(422, m -> m.error_packageStandardChanged(p.standard.name(),
                    imported.descriptor().standard().name()));
        }
        p.latestVersion++;
        p.title = imported.descriptor().title();
        p.status = ContentPackage.Status.ACTIVE;
        p.updatedAt = Instant.now();
        if (p.identifier == null) {
            p.identifier = identifier(imported.descriptor());
        }
        return addVersion(p, p.latestVersion, imported, filename, who);
    }

    private PackageVersion addVersion(ContentPackage p, int number, PackageImporter.Imported imported,
            String filename, Uploader who) {
        PackageVersion v = new PackageVersion();
        v.contentPackage = p;
        v.version = number;
        v.standard = imported.descriptor().standard();
        v.edition = imported.descriptor().edition();
        v.title = imported.descriptor().title();
        v.descriptor = write(imported.descriptor());
        v.storagePrefix = imported.storagePrefix();
        v.fileCount = imported.fileCount();
        v.totalBytes = imported.totalBytes();
        v.originalFilename = filename == null ? null : filename.substring(0, Math.min(filename.length(), 500));
        v.sha256 = imported.sha256();
        v.uploadedBy = who.accountId();
        packages.persistVersion(v);
        LOG.infof("Imported package %d version %d (%s %s, %d files, %d bytes, %d warnings)", p.id, number,
                v.standard, v.edition == null ? "" : v.edition, v.fileCount, v.totalBytes,
                imported.descriptor().warnings().size());
        return v;
    }

    /**
     * A package in the scope.
     *
     * @throws DomainException 404 when it does not exist or lies outside the scope
     */
    @Transactional
    public ContentPackage get(long id, OrgScope scope) {
        ContentPackage p = packages.findById(id);
        if (p == null || !scope.covers(p.orgUnit)) {
            throw DomainException.notFound();
        }
        return p;
    }

    /** Packages in the scope, paged (with their org units loaded). */
    @Transactional
    public PageResult<ContentPackage> list(OrgScope scope, boolean includeArchived, PageRequest page) {
        PageResult<ContentPackage> result = packages.inScope(scope, includeArchived, page);
        result.items().forEach(p -> Hibernate.initialize(p.orgUnit));
        return result;
    }

    /** A package with all its versions (newest first) and the latest version's structure. */
    public record Detail(ContentPackage contentPackage, List<PackageVersion> versions,
            List<PackageDescriptor> descriptors) {
    }

    /**
     * A package in the scope with its versions and their parsed descriptors.
     *
     * @throws DomainException 404 when it does not exist or lies outside the scope
     */
    @Transactional
    public Detail detail(long id, OrgScope scope) {
        ContentPackage p = get(id, scope);
        Hibernate.initialize(p.orgUnit);
        List<PackageVersion> versions = packages.versions(id);
        return new Detail(p, versions, versions.stream().map(this::descriptor).toList());
    }

    /** The launch entries of a package's latest version (no scope check: callers checked access). */
    @Transactional
    public List<vn.hocso.content.model.LaunchEntry> latestLaunches(long packageId) {
        ContentPackage p = packages.findById(packageId);
        return descriptor(packages.version(packageId, p.latestVersion)).launches();
    }

    /** The units a trainer may publish to: the roots of their TRAINER/ADMIN subtrees. */
    @Transactional
    public List<OrgUnit> uploadTargets(OrgScope scope) {
        return units.findByPaths(scope.paths());
    }

    /** The versions of a package in the scope, newest first. */
    @Transactional
    public List<PackageVersion> versions(long id, OrgScope scope) {
        get(id, scope);
        return packages.versions(id);
    }

    /** Parsed descriptors by version id: versions never change, so each is parsed once (bounded). */
    private final java.util.Map<Long, PackageDescriptor> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** The parsed descriptor of a version (cached: a version is immutable). */
    public PackageDescriptor descriptor(PackageVersion v) {
        PackageDescriptor d = parsed.get(v.id);
        if (d == null) {
            try {
                d = json.readValue(v.descriptor, PackageDescriptor.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored descriptor of version " + v.id + " is unreadable", e);
            }
            if (parsed.size() > 2_000) {
                parsed.clear();
            }
            parsed.put(v.id, d);
        }
        return d;
    }

    /** Archives (true) or re-activates (false) a package; its attempts and statements stay. */
    @Transactional
    public ContentPackage setArchived(long id, boolean archived, OrgScope scope) {
        ContentPackage p = get(id, scope);
        p.status = archived ? ContentPackage.Status.ARCHIVED : ContentPackage.Status.ACTIVE;
        p.updatedAt = Instant.now();
        return p;
    }

    /**
     * Deletes a package that nobody has started: its versions, rows and files.
     *
     * @throws DomainException 409 when learners have attempts on it (archive it instead)
     */
    public void delete(long id, OrgScope scope) {
        List<String> prefixes = QuarkusTransaction.requiringNew().call(() -> {
            ContentPackage p = get(id, scope);
            if (packages.hasAttempts(p.id)) {
                throw DomainException.conflict(AppMessages::error_packageHasAttempts);
            }
            List<PackageVersion> versions = packages.versions(p.id);
            versions.forEach(packages::deleteVersion);
            packages.delete(p);
            return versions.stream().map(v -> v.storagePrefix).toList();
        });
        prefixes.forEach(importer::deleteFiles);
    }

    private OrgUnit targetUnit(Long orgUnitId, OrgScope scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (orgUnitId == null) {
                if (scope.paths().size() != 1) {
                    throw new DomainException(422, AppMessages::error_packageOrgUnitRequired);
                }
                return units.findByPaths(scope.paths()).get(0);
            }
            OrgUnit unit = units.findById(orgUnitId);
            if (unit == null || !scope.covers(unit)) {
                throw new DomainException(422, AppMessages::error_packageOrgUnitOutOfScope);
            }
            return unit;
        });
    }

    private String write(PackageDescriptor d) {
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
