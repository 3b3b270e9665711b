import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Generates the dashboard benchmark's data straight into HocSo's database (plain SQL, generate_series):
 * institutions spread over the demo districts, staff, competency attainment of the city framework (HCM-KNLS, and the
 * UNESCO item that measures "leading digital transformation") for part of the staff, and LRS statements.
 *
 *   java -cp postgresql.jar bench/dashboard/DashboardDataGen.java JDBC_URL INSTITUTIONS STAFF STATEMENTS
 *
 * Attainment rows are what the evidence pipeline would derive (prior-qualification shape: rule_id null); the
 * benchmark then rebuilds the training facts through the API, as an operator would. Statements are realistic xAPI
 * "completed"/"answered"/"passed" rows of the generated staff (payload ~450 bytes) in the statement table with all its
 * indexes; the dashboard never reads them, which is the point being measured.
 */
public class DashboardDataGen {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int institutions = Integer.parseInt(args[1]);
        int staff = Integer.parseInt(args[2]);
        long statements = Long.parseLong(args[3]);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            long t0 = System.nanoTime();
            s.execute("""
                    INSERT INTO org_unit (code, name, kind, school_level, ownership, parent_id, path)
                    SELECT 'B' || d.code || '-' || lpad(g::text, 4, '0'),
                           (ARRAY['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường THPT', 'Trung tâm GDTX',
                                  'Trường Trung cấp'])[1 + g %% 6] || ' Thử nghiệm ' || d.code || '-' || g,
                           'INSTITUTION',
                           (ARRAY['MN', 'TH', 'THCS', 'THPT', 'GDTX', 'GDNN'])[1 + g %% 6],
                           CASE WHEN g %% 7 = 0 THEN 'NON_PUBLIC' ELSE 'PUBLIC' END,
                           d.id, d.path || 'B' || d.code || '-' || lpad(g::text, 4, '0') || '/'
                      FROM generate_series(0, %d - 1) g
                      JOIN LATERAL (SELECT id, code, path FROM org_unit WHERE kind = 'DISTRICT'
                                     ORDER BY code OFFSET g %% (SELECT count(*) FROM org_unit WHERE kind = 'DISTRICT')
                                     LIMIT 1) d ON TRUE
                    """.formatted(institutions));
            log("institutions", institutions, t0);
            t0 = System.nanoTime();
            s.execute("""
                    INSERT INTO person (national_id, full_name, email, position, institution_id, search_text)
                    SELECT lpad((790000000000 + g)::text, 12, '0'),
                           (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ'])[1 + g %% 6] || ' Thị Bench ' || g,
                           'bench' || g || '@bench.hocso.edu.vn',
                           CASE WHEN g %% 100 < 6 THEN 'CBQL' WHEN g %% 100 < 16 THEN 'TTCM' WHEN g %% 100 < 90 THEN 'GV'
                                WHEN g %% 100 < 98 THEN 'NV' ELSE 'IT' END,
                           u.id, 'bench ' || g
                      FROM generate_series(1, %d) g
                      JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM org_unit
                             WHERE code LIKE 'B%%') u ON u.n = g %% %d
                    """.formatted(staff, institutions));
            log("staff", staff, t0);
            t0 = System.nanoTime();
            // Per topic, a share of the staff holds the competency at the lowest level; a quarter of those at the
            // second level too. Some attainments are old (2024) and some expired.
            int rows = s.executeUpdate("""
                    INSERT INTO competency_attainment (person_id, item_id, level_id, rule_id, evidence_ids, achieved_at,
                                                       expires_at, status)
                    SELECT p.id, it.item_id, lv.id, NULL, '{}',
                           timestamptz '2024-01-01' + ((p.id * 7919 + it.n * 104729) %% 1000) * interval '1 day',
                           CASE WHEN (p.id + it.n) %% 20 = 0 THEN timestamptz '2026-01-01' END,
                           CASE WHEN (p.id + it.n) %% 20 = 0 THEN 'EXPIRED' ELSE 'ACTIVE' END
                      FROM person p
                      JOIN (SELECT i.id AS item_id, i.framework_id, row_number() OVER (ORDER BY f.code, i.human_code) AS n
                              FROM competency_item i JOIN competency_framework f ON f.id = i.framework_id
                             WHERE f.published_at IS NOT NULL AND ((f.code = 'HCM-KNLS' AND i.human_code LIKE 'KNLS._')
                                   OR (f.code = 'UNESCO-ICT-CFT' AND i.human_code = 'UCFT3.1.KA'))) it
                        ON (p.id * 31 + it.n * 17) %% 100 < 25 + it.n * 6
                      JOIN LATERAL (SELECT l.id FROM proficiency_level l WHERE l.framework_id = it.framework_id
                                     ORDER BY l.ordinal LIMIT CASE WHEN (p.id + it.n) %% 4 = 0 THEN 2 ELSE 1 END) lv ON TRUE
                     WHERE p.email LIKE '%%@bench.hocso.edu.vn'
                    ON CONFLICT DO NOTHING
                    """.formatted());
            log("attainment rows", rows, t0);
            long base;
            try (var rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM lrs_statement")) {
                rs.next();
                base = rs.getLong(1);
            }
            long batch = 500_000;
            t0 = System.nanoTime();
            for (long from = 1; from <= statements; from += batch) {
                long to = Math.min(statements, from + batch - 1);
                s.execute("""
                        INSERT INTO lrs_statement (id, statement_id, stored, ts, verb_iri, registration, actor_ifi,
                                                   authority_ifi, payload)
                        SELECT %d + g, md5('bench' || g)::uuid,
                               timestamptz '2024-01-01' + (g %% 90000000) * interval '1 second',
                               timestamptz '2024-01-01' + (g %% 90000000) * interval '1 second',
                               v.iri, md5('reg' || (g / 40))::uuid,
                               'mbox:mailto:bench' || (1 + g %% %d) || '@bench.hocso.edu.vn',
                               'account:https://hocso.edu.vn|lrs-bench',
                               '{"id":"' || md5('bench' || g)::uuid || '","actor":{"objectType":"Agent","mbox":"mailto:bench'
                                 || (1 + g %% %d) || '@bench.hocso.edu.vn"},"verb":{"id":"' || v.iri
                                 || '"},"object":{"id":"https://hocso.edu.vn/xapi/activities/bench/' || (g %% 400)
                                 || '","objectType":"Activity"},"result":{"score":{"scaled":0.' || (g %% 10)
                                 || '},"completion":true},"timestamp":"2025-01-01T00:00:00Z","version":"1.0.0"}'
                          FROM generate_series(%d, %d) g
                          JOIN (VALUES (0, 'http://adlnet.gov/expapi/verbs/answered'),
                                       (1, 'http://adlnet.gov/expapi/verbs/completed'),
                                       (2, 'http://adlnet.gov/expapi/verbs/passed'),
                                       (3, 'http://adlnet.gov/expapi/verbs/answered')) v (k, iri) ON v.k = g %% 4
                        """.formatted(base, staff, staff, from, to));
                System.out.printf("  statements %,d / %,d (%.0f s)%n", to, statements, (System.nanoTime() - t0) / 1e9);
            }
            s.execute("SELECT setval('lrs_statement_seq', ((SELECT max(id) FROM lrs_statement) / 1000 + 2) * 1000)");
            log("statements", statements, t0);
            t0 = System.nanoTime();
            s.execute("VACUUM ANALYZE");
            log("vacuum analyze", 0, t0);
        }
    }

    private static void log(String what, long n, long t0) {
        System.out.printf("%s: %,d in %.1f s%n", what, n, (System.nanoTime() - t0) / 1e9);
    }
}
