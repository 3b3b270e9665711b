package vn.hocso.lrs.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Who calls the LRS and what they may do.
 *
 * @param credentialId the LRS credential, or null for a signed-in LMS user
 * @param scopes xAPI scopes ({@code statements/write}, {@code statements/read}, {@code statements/read/mine},
 *        {@code state}, {@code define}, {@code profile}, {@code all/read}, {@code all})
 * @param authority the authority agent the LRS puts on statements this caller stores
 * @param authorityIfi the authority's identifier key (see {@code AgentIfi}), used for {@code statements/read/mine}
 * @param ownAgentIfi for an LMS user or a launch credential: the only agent whose statements and documents it may
 *        touch; else null
 * @param registration for a launch credential: the only registration its statements and state may belong to; else
 *        null
 */
public record LrsPrincipal(Long credentialId, Set<String> scopes, ObjectNode authority, String authorityIfi,
        String ownAgentIfi, java.util.UUID registration) {

    public static final String ALL = "all";
    public static final String ALL_READ = "all/read";
    public static final String STATEMENTS_WRITE = "statements/write";
    public static final String STATEMENTS_READ = "statements/read";
    public static final String STATEMENTS_READ_MINE = "statements/read/mine";
    public static final String STATE = "state";
    public static final String DEFINE = "define";
    public static final String PROFILE = "profile";
    /** Every scope a credential may be given. */
    public static final Set<String> KNOWN_SCOPES = Set.of(ALL, ALL_READ, STATEMENTS_WRITE, STATEMENTS_READ,
            STATEMENTS_READ_MINE, STATE, DEFINE, PROFILE);

    public boolean canWriteStatements() {
        return scopes.contains(ALL) || scopes.contains(STATEMENTS_WRITE);
    }

    /** May read every statement (not only its own). */
    public boolean canReadAllStatements() {
        return scopes.contains(ALL) || scopes.contains(ALL_READ) || scopes.contains(STATEMENTS_READ);
    }

    /** May read at least the statements it stored. */
    public boolean canReadOwnStatements() {
        return canReadAllStatements() || scopes.contains(STATEMENTS_READ_MINE);
    }

    public boolean canDefine() {
        return scopes.contains(ALL) || scopes.contains(DEFINE);
    }

    /** State documents: read with {@code all/read}, read and write with {@code state} or {@code all}. */
    public boolean canUseState(boolean write) {
        return scopes.contains(ALL) || scopes.contains(STATE) || (!write && scopes.contains(ALL_READ));
    }

    /** Activity/agent profiles and the activities/agents resources. */
    public boolean canUseProfiles(boolean write) {
        return scopes.contains(ALL) || scopes.contains(PROFILE) || (!write && scopes.contains(ALL_READ));
    }
}
