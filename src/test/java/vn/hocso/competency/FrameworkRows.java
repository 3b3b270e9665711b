package vn.hocso.competency;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Counts the rows of every framework table, to show that a refused import stored nothing. */
final class FrameworkRows {

    private FrameworkRows() {
    }

    /** "frameworks/items/levels/associations/targets" row counts. */
    static String count(DataSource db) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"competency_framework", "competency_item", "proficiency_level",
                "competency_association", "competency_role_target"}) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                    r.next();
                    b.append(b.isEmpty() ? "" : "/").append(r.getLong(1));
                }
            }
        }
        return b.toString();
    }
}
