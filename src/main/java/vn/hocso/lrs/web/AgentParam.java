package vn.hocso.lrs.web;

import com.fasterxml.jackson.databind.JsonNode;
import vn.hocso.lrs.model.AgentIfi;
import vn.hocso.lrs.model.XapiJson;

/** The {@code agent} parameter of statement queries and document resources: JSON of an Agent or identified Group. */
final class AgentParam {

    private AgentParam() {
    }

    /**
     * The agent key of the parameter.
     *
     * @throws XapiException 400 when it is not JSON of an agent with exactly one identifier
     */
    static String ifi(String json, String name) {
        JsonNode agent;
        try {
            agent = XapiJson.parse(json, name);
        } catch (RuntimeException e) {
            throw XapiException.badRequest(name + " must be the JSON of an Agent: " + e.getMessage());
        }
        if (!agent.isObject()) {
            throw XapiException.badRequest(name + " must be a JSON object (an Agent)");
        }
        int ifis = 0;
        for (String f : new String[] {"mbox", "mbox_sha1sum", "openid", "account"}) {
            ifis += agent.has(f) ? 1 : 0;
        }
        String type = agent.path("objectType").asText("Agent");
        if (ifis != 1 || !(type.equals("Agent") || type.equals("Group"))) {
            throw XapiException.badRequest(name + " must be an Agent (or identified Group) with exactly one of "
                    + "mbox, mbox_sha1sum, openid, account");
        }
        JsonNode mbox = agent.get("mbox");
        if (mbox != null && !(mbox.isTextual() && mbox.asText().startsWith("mailto:"))) {
            throw XapiException.badRequest(name + ".mbox must be a mailto: IRI");
        }
        JsonNode account = agent.get("account");
        if (account != null && !(account.path("homePage").isTextual() && account.path("name").isTextual())) {
            throw XapiException.badRequest(name + ".account needs homePage and name");
        }
        return AgentIfi.of(agent);
    }
}
