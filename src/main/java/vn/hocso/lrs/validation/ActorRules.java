package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.JsonChecks.clip;
import static vn.hocso.lrs.validation.JsonChecks.iri;
import static vn.hocso.lrs.validation.JsonChecks.notNull;
import static vn.hocso.lrs.validation.JsonChecks.string;
import static vn.hocso.lrs.validation.JsonChecks.typeOf;
import static vn.hocso.lrs.validation.JsonChecks.unknown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Agents and Groups (xAPI Data 2.4.2): in the actor, the object, context instructor/team, contextAgents,
 * contextGroups, authority and group members.
 */
final class ActorRules {

    /** Where an Agent or Group appears; decides whether objectType is required and which kinds are allowed. */
    enum Role {
        /** statement/substatement actor and context instructor: Agent or Group, objectType optional (Agent). */
        ACTOR(true, true, false),
        /** the statement's object: Agent or Group, objectType required. */
        OBJECT(true, true, true),
        /** context team and contextGroups[].group: a Group. */
        GROUP_ONLY(false, true, true),
        /** group member and contextAgents[].agent: an Agent. */
        AGENT_ONLY(true, false, false),
        /** authority: an Agent, or an anonymous Group of exactly two Agents (3-legged OAuth). */
        AUTHORITY(true, true, false);

        final boolean agentAllowed;
        final boolean groupAllowed;
        final boolean objectTypeRequired;

        Role(boolean agentAllowed, boolean groupAllowed, boolean objectTypeRequired) {
            this.agentAllowed = agentAllowed;
            this.groupAllowed = groupAllowed;
            this.objectTypeRequired = objectTypeRequired;
        }
    }

    private ActorRules() {
    }

    static void agentOrGroup(JsonNode n, Path p, Role role) {
        if (!n.isObject()) {
            p.fail("must be " + describe(role) + " (a JSON object), not " + typeOf(n));
        }
        JsonNode objectType = null;
        JsonNode name = null;
        JsonNode mbox = null;
        JsonNode sha1 = null;
        JsonNode openid = null;
        JsonNode account = null;
        JsonNode member = null;
        int ifis = 0;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "objectType" -> objectType = v;
                case "name" -> name = v;
                case "mbox" -> {
                    mbox = v;
                    ifis++;
                }
                case "mbox_sha1sum" -> {
                    sha1 = v;
                    ifis++;
                }
                case "openid" -> {
                    openid = v;
                    ifis++;
                }
                case "account" -> {
                    account = v;
                    ifis++;
                }
                case "member" -> member = v;
                default -> unknown(p.child(k), "an Agent or Group");
            }
            notNull(v, p, k);
        }

        boolean group = false;
        if (objectType == null) {
            if (role.objectTypeRequired) {
                p.child("objectType").fail("is required here and must be " + (role.agentAllowed ? "\"Agent\" or "
                        + "\"Group\"" : "\"Group\""));
            }
        } else {
            String ot = string(objectType, p.child("objectType"));
            if ("Group".equals(ot)) {
                group = true;
            } else if (!"Agent".equals(ot)) {
                p.child("objectType").fail("must be \"Agent\" or \"Group\" (case-sensitive), not \"" + clip(ot) + "\"");
            }
        }
        if (group && !role.groupAllowed) {
            p.fail("must be an Agent; a Group is not allowed here"
                    + (role == Role.AGENT_ONLY ? " (a Group cannot be a member of a Group)" : ""));
        }
        if (!group && !role.agentAllowed) {
            p.child("objectType").fail("must be \"Group\": a Group is required here");
        }

        if (name != null) {
            string(name, p.child("name"));
        }
        if (ifis > 1) {
            p.fail("has " + ifis + " identifiers; an " + (group ? "identified Group" : "Agent")
                    + " has exactly one of mbox, mbox_sha1sum, openid, account");
        }
        if (mbox != null) {
            Path mp = p.child("mbox");
            String s = string(mbox, mp);
            if (!XapiFormats.isMailtoIri(s)) {
                mp.fail("must be a mailto: IRI holding one email address (e.g. mailto:learner@example.com), not \""
                        + clip(s) + "\"");
            }
        } else if (sha1 != null) {
            Path sp = p.child("mbox_sha1sum");
            String s = string(sha1, sp);
            if (!XapiFormats.isSha1Hex(s)) {
                sp.fail("must be the SHA-1 of a mailto: IRI as 40 hex digits, not \"" + clip(s) + "\"");
            }
        } else if (openid != null) {
            iri(openid, p.child("openid"));
        } else if (account != null) {
            account(account, p.child("account"));
        }

        if (!group) {
            if (ifis == 0) {
                p.fail("is an Agent with no identifier; an Agent must have exactly one of mbox, mbox_sha1sum, openid,"
                        + " account");
            }
            if (member != null) {
                p.child("member").fail("is only allowed on a Group (objectType \"Group\")");
            }
            return;
        }

        // Group
        if (member == null) {
            if (ifis == 0) {
                p.fail("is an anonymous Group (no mbox, mbox_sha1sum, openid or account), so it must have \"member\"");
            }
        } else {
            Path mp = p.child("member");
            if (!member.isArray()) {
                mp.fail("must be an array of Agents, not " + typeOf(member));
            }
            if (ifis == 0 && member.isEmpty()) {
                mp.fail("must list at least one Agent: an anonymous Group is identified by its members");
            }
            for (int i = 0, size = member.size(); i < size; i++) {
                JsonNode m = member.get(i);
                Path ip = mp.at(i);
                notNull(m, ip);
                agentOrGroup(m, ip, Role.AGENT_ONLY);
            }
        }
        if (role == Role.AUTHORITY) {
            if (ifis != 0) {
                p.fail("is a Group with an identifier; a Group authority must be an anonymous Group of exactly two "
                        + "Agents (the OAuth consumer and the user)");
            }
            if (member.size() != 2) {
                p.child("member").fail("has " + member.size() + " members; a Group authority has exactly two Agents "
                        + "(the OAuth consumer and the user)");
            }
        }
    }

    private static void account(JsonNode n, Path p) {
        if (!n.isObject()) {
            p.fail("must be an account object {\"homePage\": IRL, \"name\": string}, not " + typeOf(n));
        }
        JsonNode homePage = null;
        JsonNode name = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "homePage" -> homePage = v;
                case "name" -> name = v;
                default -> unknown(p.child(k), "an account (only homePage and name)");
            }
            notNull(v, p, k);
        }
        if (homePage == null) {
            p.child("homePage").fail("is required in an account");
        }
        if (name == null) {
            p.child("name").fail("is required in an account");
        }
        iri(homePage, p.child("homePage"));
        string(name, p.child("name"));
    }

    private static String describe(Role role) {
        return switch (role) {
            case GROUP_ONLY -> "a Group";
            case AGENT_ONLY -> "an Agent";
            default -> "an Agent or Group";
        };
    }
}
