package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocso.competency.model.CourseModule;

/** Courses of the catalogue as rule modules (read-only, plain SQL over course and course_package). */
@ApplicationScoped
public class CourseModules {

    @Inject
    EvidenceJdbc jdbc;

    /** The courses with these ids, with their packages in order (unknown ids are left out). */
    public Map<Long, CourseModule> load(Collection<Long> ids) {
        Map<Long, String[]> heads = new HashMap<>();
        jdbc.list("SELECT id, completion_rule, completion_min FROM course WHERE id = ANY (?)",
                ps -> ps.setArray(1, EvidenceJdbc.array(ps, "bigint", ids.toArray())), rs -> heads.put(rs.getLong(1),
                        new String[] {rs.getString(2), rs.getString(3)}));
        Map<Long, List<Long>> packages = new HashMap<>();
        Map<Long, Set<Long>> required = new HashMap<>();
        jdbc.list("SELECT course_id, package_id, required FROM course_package WHERE course_id = ANY (?) "
                + "ORDER BY course_id, ordinal", ps -> ps.setArray(1, EvidenceJdbc.array(ps, "bigint", ids.toArray())),
                rs -> {
                    long course = rs.getLong(1);
                    packages.computeIfAbsent(course, k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                    if (rs.getBoolean(3)) {
                        required.computeIfAbsent(course, k -> new HashSet<>()).add(rs.getLong(2));
                    }
                    return null;
                });
        Map<Long, CourseModule> out = new HashMap<>();
        heads.forEach((id, h) -> out.put(id, new CourseModule(id, h[0], h[1] == null ? null : Integer.valueOf(h[1]),
                List.copyOf(packages.getOrDefault(id, List.of())), Set.copyOf(required.getOrDefault(id, Set.of())))));
        return out;
    }

    /** Which of these course ids exist. */
    public Set<Long> existing(Collection<Long> ids) {
        return new HashSet<>(jdbc.list("SELECT id FROM course WHERE id = ANY (?)",
                ps -> ps.setArray(1, EvidenceJdbc.array(ps, "bigint", ids.toArray())), rs -> rs.getLong(1)));
    }
}
