package vn.hocso.lrs.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Type and format checks shared by the statement rules. Each either returns quietly or throws naming the path. */
final class JsonChecks {

    private JsonChecks() {
    }

    /** Plain-English name of a JSON value's type, for error messages. */
    static String typeOf(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "an unsupported value";
        };
    }

    /** Rejects {@code null}: only extension values may be null. */
    static void notNull(JsonNode n, Path p) {
        if (n.isNull()) {
            p.fail("must not be null (null is only allowed as an extension value); leave the property out instead");
        }
    }

    /** Rejects {@code null} as the value of property {@code key} of the object at {@code parent}. */
    static void notNull(JsonNode n, Path parent, String key) {
        if (n.isNull()) {
            notNull(n, parent.child(key));
        }
    }

    static void unknown(Path p, String where) {
        p.fail("is not a property of " + where + " (property names are case-sensitive)");
    }

    static void object(JsonNode n, Path p, String what) {
        if (!n.isObject()) {
            p.fail("must be " + what + " (a JSON object), not " + typeOf(n));
        }
    }

    static void array(JsonNode n, Path p, String what) {
        if (!n.isArray()) {
            p.fail("must be " + what + " (a JSON array), not " + typeOf(n));
        }
    }

    static String string(JsonNode n, Path p) {
        if (!n.isTextual()) {
            p.fail("must be a string, not " + typeOf(n));
        }
        return n.textValue();
    }

    static void bool(JsonNode n, Path p) {
        if (!n.isBoolean()) {
            p.fail("must be a boolean (true or false), not " + typeOf(n));
        }
    }

    static void number(JsonNode n, Path p) {
        if (!n.isNumber()) {
            p.fail("must be a number, not " + typeOf(n));
        }
    }

    static String iri(JsonNode n, Path p) {
        String s = string(n, p);
        if (!XapiFormats.isAbsoluteIri(s)) {
            p.fail("must be an absolute IRI with a scheme (e.g. http://example.com/x), not \"" + clip(s) + "\"");
        }
        return s;
    }

    static void uuid(JsonNode n, Path p) {
        String s = string(n, p);
        if (!XapiFormats.isUuid(s)) {
            p.fail("must be a UUID (RFC 4122 variant, e.g. 3fc2b6a0-8d2e-4a4b-9b1c-2f0e7e6f9a10), not \"" + clip(s)
                    + "\"");
        }
    }

    /** A language map: keys are RFC 5646 language tags, values strings. */
    static void languageMap(JsonNode n, Path p) {
        if (!n.isObject()) {
            p.fail("must be a language map (an object of language tag to string), not " + typeOf(n));
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String tag = e.getKey();
            if (!LanguageTags.isWellFormed(tag)) {
                p.fail("has the key \"" + clip(tag) + "\", which is not an RFC 5646 language tag (e.g. en-US, vi)");
            }
            JsonNode v = e.getValue();
            if (!v.isTextual()) {
                Path vp = p.child(tag);
                notNull(v, vp);
                vp.fail("must be a string, not " + typeOf(v));
            }
        }
    }

    static void languageTag(JsonNode n, Path p) {
        String s = string(n, p);
        if (!LanguageTags.isWellFormed(s)) {
            p.fail("must be an RFC 5646 language tag (e.g. en-US, vi), not \"" + clip(s) + "\"");
        }
    }

    /** Extensions: an object whose keys are absolute IRIs; values can be anything, null included. */
    static void extensions(JsonNode n, Path p) {
        if (!n.isObject()) {
            p.fail("must be an object whose keys are IRIs, not " + typeOf(n));
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!XapiFormats.isAbsoluteIri(e.getKey())) {
                p.fail("has the key \"" + clip(e.getKey()) + "\", which is not an absolute IRI; extension keys must be"
                        + " IRIs such as http://example.com/extensions/x");
            }
        }
    }

    /** A value quoted in a message, cut short so a huge value cannot flood the log or the response. */
    static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
