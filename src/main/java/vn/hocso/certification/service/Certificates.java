package vn.hocso.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateEvent;
import vn.hocso.certification.model.CertificateStatus;
import vn.hocso.certification.persistence.CertificateEventRepository;
import vn.hocso.certification.persistence.CertificateRepository;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Reading certificates: the holder's own, administrators' scoped lists, the trail, and the bulk PDF export. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Certificates {

    private static final int EXPORT_BATCH = 50;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateEventRepository events;

    @Inject
    OrgUnitRepository units;

    @Inject
    CertificatePdf pdf;

    @Inject
    EntityManager em;

    /** The person's certificates (not rejected ones), newest first. */
    public List<Certificate> ofPerson(long personId) {
        return certificates.ofPerson(personId);
    }

    /** Certificates of holders in the scope; paged. */
    public PageResult<Certificate> inScope(OrgScope scope, CertificateStatus status, PageRequest page) {
        return certificates.inScope(scope, status, page);
    }

    /**
     * A certificate that the caller may read: their own ({@code personId}) or one whose holder is in {@code scope}.
     *
     * @throws DomainException 404 otherwise
     */
    public Certificate readable(long id, Long personId, OrgScope scope) {
        Certificate c = certificates.findByIdOptional(id).orElseThrow(DomainException::notFound);
        boolean own = personId != null && personId == c.personId;
        if (!own && !scope.covers(c.orgPath)) {
            throw DomainException.notFound();
        }
        c.type.name.length();
        return c;
    }

    public Optional<Certificate> byCode(String code) {
        Optional<Certificate> c = certificates.findByCode(code);
        c.ifPresent(x -> x.type.name.length());
        return c;
    }

    /** The certificate's trail, oldest first. */
    public List<CertificateEvent> trail(long certificateId) {
        return events.ofCertificate(certificateId);
    }

    /**
     * The unit whose certificates are exported.
     *
     * @throws DomainException 404 when the unit does not exist or lies outside the scope
     */
    public OrgUnit exportUnit(long orgUnitId, OrgScope scope) {
        OrgUnit unit = units.findById(orgUnitId);
        if (unit == null || !scope.covers(unit)) {
            throw DomainException.notFound();
        }
        return unit;
    }

    /**
     * Streams a ZIP of the PDFs of every issued (also revoked or superseded) certificate of holders in the unit's
     * subtree, reading and rendering in batches so memory stays flat. Entry names: {@code CODE-holder-name.pdf}.
     */
    @Transactional
    public void exportZip(OrgUnit unit, OutputStream out) throws IOException {
        List<Long> ids = certificates.exportableUnder(unit.path);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int from = 0; from < ids.size(); from += EXPORT_BATCH) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + EXPORT_BATCH));
                for (Certificate c : certificates.list("select c from Certificate c join fetch c.type "
                        + "where c.id in ?1 order by c.id", batch)) {
                    zip.putNextEntry(new ZipEntry(c.verificationCode + "-" + fileName(c.holderName) + ".pdf"));
                    pdf.write(c, new NonClosing(zip));
                    zip.closeEntry();
                }
                zip.flush();
                em.clear();
            }
        }
    }

    /** Keeps PDF writing from closing the ZIP stream it writes an entry to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static String fileName(String name) {
        String key = VietnameseText.searchKey(name).replaceAll("[^a-z0-9]+", "-");
        return key.replaceAll("^-+|-+$", "");
    }
}
