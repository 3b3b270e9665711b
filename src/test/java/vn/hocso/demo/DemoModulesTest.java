package vn.hocso.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo data imports HocSo's four built modules (one per standard) into the configured unit, maps each to its
 * competency of the city framework at level Cơ bản, and offers a certificate requiring all four.
 */
@QuarkusTest
class DemoModulesTest {

    @Inject
    DataSource dataSource;

    private List<String> column(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    @DisplayName("Four modules imported into the demo unit, each mapped to its HCM-KNLS competency, one certificate")
    void modulesImportedAndMapped() throws Exception {
        assertEquals(List.of("CMI5", "SCORM_12", "SCORM_2004", "XAPI"), column("""
                SELECT p.standard FROM content_package p JOIN org_unit u ON u.id = p.org_unit_id
                WHERE u.code = 'Q03' AND EXISTS (SELECT 1 FROM competency_rule_module m
                                                  WHERE m.module_kind = 'PACKAGE' AND m.module_id = p.id)
                ORDER BY p.standard"""));
        assertEquals(List.of("KNLS.1 CB", "KNLS.3 CB", "KNLS.5 CB", "KNLS.7 CB"), column("""
                SELECT i.human_code || ' ' || l.code FROM competency_module_rule r
                JOIN competency_rule_module m ON m.rule_id = r.id AND m.module_kind = 'PACKAGE'
                JOIN content_package p ON p.id = m.module_id JOIN org_unit u ON u.id = p.org_unit_id
                JOIN competency_item i ON i.id = r.item_id JOIN proficiency_level l ON l.id = r.level_id
                WHERE u.code = 'Q03' ORDER BY i.human_code"""));
        assertEquals(List.of("4"), column("""
                SELECT count(*) FROM certificate_requirement q JOIN certificate_type t ON t.id = q.type_id
                WHERE t.name = 'Chứng nhận năng lực số cơ bản'"""));
    }
}
