package vn.hocso.content.model;

import java.util.List;
import java.util.Map;

/**
 * A cmi5 course structure ({@code cmi5.xml}).
 *
 * @param id course id (an IRI)
 * @param titles title by language tag
 * @param descriptions description by language tag
 * @param children blocks and AUs in document order
 */
public record Cmi5Course(String id, Map<String, String> titles, Map<String, String> descriptions,
        List<Cmi5Node> children) {
}
