package vn.hocso.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocso.certification.model.CertificateEvent;

/** The append-only certificate trail (the table refuses UPDATE and DELETE). */
@ApplicationScoped
public class CertificateEventRepository implements PanacheRepository<CertificateEvent> {

    public List<CertificateEvent> ofCertificate(long certificateId) {
        return list("certificateId", Sort.by("id"), certificateId);
    }
}
