package vn.hocso.lrs.model;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import vn.hocso.lrs.validation.XapiValidationException;

/**
 * The LRS's JSON reader and writer: strict (duplicate keys and trailing content are errors) and exact (numbers keep
 * their decimal text, so a score of 0.1234567890123 comes back unchanged).
 */
public final class XapiJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private XapiJson() {
    }

    /**
     * Parses a request body or parameter.
     *
     * @param what names the input in the error message ("statement", "agent parameter", …)
     * @throws XapiValidationException (400) when it is not well-formed JSON
     */
    public static JsonNode parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new XapiValidationException(what, "is empty; JSON was expected");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new XapiValidationException(what, "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    public static JsonNode parse(byte[] bytes, String what) {
        return parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), what);
    }

    /** Compact JSON text of a node. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree can always be written", e);
        }
    }

}
