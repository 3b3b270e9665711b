package vn.hocso.competency.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.hocso.platform.i18n.AppMessages;

/**
 * Reads typed fields of a JSON object and records each fault in an {@link ImportReport} under the field's JSON path
 * (e.g. {@code CFItems[2].identifier}). Absent and null fields are the same; readers return null for them.
 */
final class JsonFields {

    private final ImportReport report;

    JsonFields(ImportReport report) {
        this.report = report;
    }

    /** A string field of at most {@code max} characters; a fault when it is required and absent or blank. */
    String text(JsonNode parent, String path, String field, boolean required, int max) {
        JsonNode n = parent.get(field);
        String where = path + "." + field;
        if (n == null || n.isNull()) {
            if (required) {
                report.fault(where, AppMessages::framework_fieldRequired);
            }
            return null;
        }
        if (!n.isTextual()) {
            report.fault(where, AppMessages::framework_notText);
            return null;
        }
        String value = n.textValue().strip();
        if (value.isEmpty()) {
            if (required) {
                report.fault(where, AppMessages::framework_fieldRequired);
            }
            return null;
        }
        if (value.length() > max) {
            report.fault(where, m -> m.framework_tooLong(max));
            return null;
        }
        return value;
    }

    /** A UUID string field. */
    UUID uuid(JsonNode parent, String path, String field, boolean required) {
        String s = text(parent, path, field, required, 100);
        if (s == null) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            report.fault(path + "." + field, m -> m.framework_notUuid(s));
            return null;
        }
    }

    /** A required ISO 8601 date-time with offset (CASE {@code lastChangeDateTime}); only checked. */
    void dateTime(JsonNode parent, String path, String field) {
        String s = text(parent, path, field, true, 40);
        if (s != null) {
            try {
                OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                report.fault(path + "." + field, m -> m.framework_notDateTime(s));
            }
        }
    }

    /** An integer given as a JSON number or a numeric string (CASE listEnumeration is a string); null otherwise. */
    static Integer integer(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.canConvertToInt() && n.isIntegralNumber()) {
            return n.intValue();
        }
        if (n.isTextual() && n.textValue().strip().matches("-?\\d{1,9}")) {
            return Integer.parseInt(n.textValue().strip());
        }
        return null;
    }

    /** The object at {@code field}, an empty object when absent; a fault when it is not an object. */
    JsonNode object(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                report.fault(path + "." + field, AppMessages::framework_fieldRequired);
            }
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!n.isObject()) {
            report.fault(path + "." + field, AppMessages::framework_notObject);
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return n;
    }

    /** The array at {@code field}, an empty array when absent; a fault when it is not an array. */
    JsonNode array(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                report.fault(path + "." + field, AppMessages::framework_fieldRequired);
            }
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!n.isArray()) {
            report.fault(path + "." + field, AppMessages::framework_notArray);
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return n;
    }

    /** HocSo's own extension object of a CASE node ({@code extensions.hocso}), or a missing node. */
    static JsonNode hocso(JsonNode node) {
        return node.path("extensions").path("hocso");
    }

    /** A string of HocSo's extension, or null. */
    static String extension(JsonNode node, String field) {
        JsonNode n = hocso(node).get(field);
        return n != null && n.isTextual() && !n.textValue().isBlank() ? n.textValue().strip() : null;
    }
}
