package vn.hocso.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocso.platform.i18n.AppMessages;

/**
 * Qute generates one class per message bundle and splits its lookup into groups of 300 keys; with more than 300 keys
 * the generated class fails bytecode verification at start-up (Quarkus 3.32). Each bundle stays under the limit;
 * page texts of a feature go into the feature's own bundle (see e.g. CatalogTexts, CertificateTexts).
 */
class MessageBundleSizeTest {

    private static final List<Class<?>> BUNDLES = List.of(AppMessages.class, vn.hocso.catalog.web.CatalogTexts.class,
            vn.hocso.certification.web.CertificateTexts.class, vn.hocso.competency.web.FrameworkTexts.class,
            vn.hocso.competency.web.EvidenceMessages.class, vn.hocso.org.web.StaffImportTexts.class,
            vn.hocso.audit.web.AuditTexts.class, vn.hocso.reporting.web.ReportTexts.class);

    @Test
    void everyBundleHasFewerThan300Keys() {
        for (Class<?> bundle : BUNDLES) {
            assertTrue(bundle.isAnnotationPresent(MessageBundle.class), bundle.getName());
            long keys = Arrays.stream(bundle.getMethods()).filter(m -> m.isAnnotationPresent(Message.class)).count();
            assertTrue(keys < 300, bundle.getSimpleName() + " has " + keys + " keys: move a feature's page texts into "
                    + "a bundle of its own");
        }
    }
}
