package vn.hocso.scorm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Read access to a committed CMI data model in its nested JSON form ({@code {"cmi": {"core": {"lesson_status": …}}}}
 * or the same without the {@code cmi} wrapper). Paths are dotted, without the leading {@code cmi.}; collections
 * (interactions, objectives) may arrive as arrays or as objects keyed by index.
 */
public final class CmiData {

    private final JsonNode root;

    private CmiData(JsonNode root) {
        this.root = root;
    }

    /** Wraps a committed data model (null or non-objects give an empty one). */
    public static CmiData of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return new CmiData(MissingNode.getInstance());
        }
        JsonNode cmi = node.get("cmi");
        return new CmiData(cmi != null && cmi.isObject() ? cmi : node);
    }

    /** The node at a dotted path, or a missing node. */
    public JsonNode node(String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    /** A value as text; null when absent, empty or not a scalar. */
    public String text(String path) {
        JsonNode n = node(path);
        if (!n.isValueNode() || n.isNull()) {
            return null;
        }
        String t = n.asText();
        return t.isEmpty() ? null : t;
    }

    /** A decimal value; null when absent or not a number. */
    public BigDecimal number(String path) {
        String t = text(path);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The members of a collection (interactions, objectives) in index order. */
    public List<CmiData> list(String path) {
        JsonNode n = node(path);
        List<CmiData> items = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(e -> items.add(new CmiData(e)));
        } else if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(k -> {
                if (k.chars().allMatch(Character::isDigit) && !k.isEmpty()) {
                    keys.add(k);
                }
            });
            keys.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
            keys.forEach(k -> items.add(new CmiData(n.get(k))));
        }
        return items;
    }
}
