package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.hocso.competency.model.ModuleRef;

/**
 * The modules a rule can name, with what a person needs to recognise them (read-only, plain SQL over the content and
 * catalogue tables): every package and course, archived ones included so that existing rules keep their names.
 */
@ApplicationScoped
public class ModuleChoices {

    /**
     * One module.
     *
     * @param detail the standard of a package (SCORM_12, SCORM_2004, XAPI, CMI5), the number of packages of a course
     * @param archived true for an archived package or course (not offered for new rules)
     */
    public record Choice(ModuleRef ref, String title, String titleEn, String detail, boolean archived) {

        /** The title in a language ({@code en} uses the English title when there is one). */
        public String title(String lang) {
            return "en".equals(lang) && titleEn != null ? titleEn : title;
        }
    }

    @Inject
    EvidenceJdbc jdbc;

    /** Every package, by title. */
    public List<Choice> packages() {
        return jdbc.list("SELECT id, title, standard, status FROM content_package ORDER BY title, id", ps -> { },
                rs -> new Choice(ModuleRef.pkg(rs.getLong(1)), rs.getString(2), null, rs.getString(3),
                        "ARCHIVED".equals(rs.getString(4))));
    }

    /** Every course, by title, with its number of packages. */
    public List<Choice> courses() {
        return jdbc.list("SELECT c.id, c.title, c.title_en, c.status, (SELECT count(*) FROM course_package p "
                + "WHERE p.course_id = c.id) FROM course c ORDER BY c.title, c.id", ps -> { },
                rs -> new Choice(ModuleRef.course(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        Long.toString(rs.getLong(5)), "ARCHIVED".equals(rs.getString(4))));
    }
}
