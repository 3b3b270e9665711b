package vn.hocso.lrs.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The inverse functional identifier of an agent or identified group as one string key, used to index statements and
 * documents by agent: {@code mbox:mailto:a@b.c}, {@code sha1:<hex>}, {@code openid:<uri>},
 * {@code account:<homePage>|<name>}. Two agents are the same when their keys are equal.
 */
public final class AgentIfi {

    private AgentIfi() {
    }

    /** The key of an agent or group, or {@code null} when it has no identifier (an anonymous group). */
    public static String of(JsonNode agent) {
        if (agent == null || !agent.isObject()) {
            return null;
        }
        JsonNode mbox = agent.get("mbox");
        if (mbox != null && mbox.isTextual()) {
            return "mbox:" + mbox.asText();
        }
        JsonNode sha1 = agent.get("mbox_sha1sum");
        if (sha1 != null && sha1.isTextual()) {
            return "sha1:" + sha1.asText().toLowerCase(Locale.ROOT);
        }
        JsonNode openid = agent.get("openid");
        if (openid != null && openid.isTextual()) {
            return "openid:" + openid.asText();
        }
        JsonNode account = agent.get("account");
        if (account != null && account.isObject()) {
            return "account:" + account.path("homePage").asText() + "|" + account.path("name").asText();
        }
        return null;
    }
}
