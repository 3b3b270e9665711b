package vn.hocso.cmi5.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import vn.hocso.cmi5.model.Cmi5Session;
import vn.hocso.cmi5.persistence.Cmi5Repository;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.security.LrsPrincipal;
import vn.hocso.lrs.service.LaunchRules.DocumentRequest;
import vn.hocso.lrs.validation.LanguageTags;
import vn.hocso.lrs.web.XapiException;

/**
 * cmi5's rules for the documents an AU reaches with its session's credential: {@code LMS.LaunchData} is the LMS's
 * (no write, no delete, no bulk state delete: 10.2.1.0-5); the learner preferences ({@code cmi5LearnerPreferences})
 * may be replaced only by a JSON object with a {@code languagePreference} of comma-separated language tags and an
 * {@code audioPreference} "on" or "off" (11.0.0.0-5, 11.1.0.0-1), and reading them is recorded (an AU must read them
 * before "initialized", 11.0.0.0-3); after the session ended nothing is served (8.1.2.0-2). Refusals are 403 naming
 * the requirement. Credentials of other launches pass untouched.
 */
@ApplicationScoped
class Cmi5DocumentRules {

    private static final String STATE = "activities/state";
    private static final String AGENT_PROFILE = "agents/profile";

    @Inject
    Cmi5Repository repository;

    /** Checks a document request of a launch credential (and records a read of the learner preferences). */
    @Transactional
    public void check(DocumentRequest request, LrsPrincipal principal) {
        Optional<Cmi5Session> found = principal.credentialId() == null ? Optional.empty()
                : repository.sessionByCredential(principal.credentialId());
        if (found.isEmpty()) {
            return;
        }
        Cmi5Session s = found.get();
        if (s.terminatedAt != null || s.abandonedAt != null) {
            throw refuse("8.1.2.0-2", "the session " + s.sessionId + " has ended; its credential is no longer valid");
        }
        if (STATE.equals(request.resource()) && !request.isRead()) {
            if (Cmi5Vocabulary.LAUNCH_DATA.equals(request.documentId())) {
                throw refuse("10.2.1.0-5", Cmi5Vocabulary.LAUNCH_DATA + " is written by the LMS only");
            }
            if (request.documentId() == null) {
                throw refuse("10.2.1.0-5", "deleting every state document would delete " + Cmi5Vocabulary.LAUNCH_DATA
                        + "; delete documents one by one");
            }
        }
        if (AGENT_PROFILE.equals(request.resource())
                && Cmi5Vocabulary.LEARNER_PREFERENCES.equals(request.documentId())) {
            if (request.isRead()) {
                if (s.preferencesReadAt == null) {
                    s.preferencesReadAt = java.time.Instant.now();
                }
            } else if ("DELETE".equals(request.method())) {
                throw refuse("11.0.0.0-5", "the learner preferences may be replaced, not deleted");
            } else {
                preferences(request);
            }
        }
    }

    private static void preferences(DocumentRequest request) {
        String type = request.contentType() == null ? "" : request.contentType().split(";")[0].trim()
                .toLowerCase(Locale.ROOT);
        if (!"application/json".equals(type)) {
            throw refuse("11.0.0.0-5", "learner preferences are a JSON object (Content-Type application/json)");
        }
        JsonNode prefs;
        try {
            prefs = XapiJson.MAPPER.readTree(request.body());
        } catch (java.io.IOException e) {
            prefs = null;
        }
        if (prefs == null || !prefs.isObject()) {
            throw refuse("11.0.0.0-5", "learner preferences are a JSON object");
        }
        JsonNode language = prefs.path("languagePreference");
        if (!language.isTextual()) {
            throw refuse("11.0.0.0-5", "learner preferences need languagePreference");
        }
        for (String tag : language.asText().split(",", -1)) {
            if (!LanguageTags.isWellFormed(tag)) {
                throw refuse("11.1.0.0-1", "languagePreference is a comma-separated list of language tags "
                        + "(for example \"vi-VN,en-US\"), not \"" + language.asText() + "\"");
            }
        }
        String audio = prefs.path("audioPreference").asText(null);
        if (!"on".equals(audio) && !"off".equals(audio)) {
            throw refuse("11.0.0.0-5", "learner preferences need audioPreference \"on\" or \"off\"");
        }
    }

    private static XapiException refuse(String requirement, String message) {
        return Cmi5StatementFormat.refuse(requirement, message);
    }
}
