package vn.hocso.certification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;

/**
 * The JSON mapper of credentials: plain Jackson, independent of the REST layer's settings, so that what is signed,
 * stored and compared never changes with application configuration.
 */
public final class CredentialJson {

    /** Shared, thread-safe. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private CredentialJson() {
    }

    /** Compact JSON text of a tree. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses stored JSON (which this application wrote). */
    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored credential JSON is corrupt", e);
        }
    }
}
