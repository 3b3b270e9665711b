package vn.hocso.scorm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.ScormItem;
import vn.hocso.content.model.ScormOrganization;
import vn.hocso.content.model.Standard;
import vn.hocso.content.service.LaunchTokens;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.Languages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.scorm.model.ScoState;
import vn.hocso.scorm.model.ScormAttempt;
import vn.hocso.scorm.persistence.AttemptRepository;
import vn.hocso.scorm.sequencing.SequencingJson;

/**
 * Opens a SCO of an attempt in the player: starts its session (entry, launch count, the LRS "initialized" or
 * "resumed" statement; an asset counts as completed when launched) and builds the player's configuration — the
 * SCO's initial CMI data, the table of contents, navigation and labels. The contract of the configuration is
 * documented at the top of {@code content-player/player.js}.
 */
@ApplicationScoped
public class PlayerService {

    /** What the player page needs. */
    public record Player(String title, Standard standard, ObjectNode config) {
    }

    @Inject
    Attempts attempts;

    @Inject
    AttemptRepository repository;

    @Inject
    InitialCmi initialCmi;

    @Inject
    StatementService lrs;

    @Inject
    ObjectMapper json;

    /**
     * Opens entry {@code index} of the launch's attempt.
     *
     * @param token the launch token as it appears in URLs
     * @throws DomainException 404 for an unknown entry; 410 when the attempt is closed
     */
    @Transactional
    public Player open(String token, LaunchTokens.Launch launch, int index, Locale locale) {
        AttemptContext ctx = attempts.load(launch.attemptId(), locale.getLanguage());
        if (ctx == null || index < 0 || index >= ctx.entries().size()) {
            throw DomainException.notFound();
        }
        ScormAttempt attempt = ctx.attempt();
        if (attempt.status != ScormAttempt.Status.OPEN) {
            throw new DomainException(410, AppMessages::error_attemptClosed);
        }
        LaunchEntry entry = ctx.entries().get(index);
        Instant now = Instant.now();
        ScoState sco = repository.scoState(attempt.id, entry.id());
        if (sco == null) {
            sco = new ScoState();
            sco.key = new ScoState.Key(attempt.id, entry.id());
            repository.persistScoState(sco);
        }
        String entryMode = entryMode(ctx.descriptor().standard(), sco);
        if (ctx.descriptor().standard() == Standard.SCORM_2004 && sco.launches > 0 && entryMode.equals("ab-initio")) {
            // SCORM 2004: an exit other than suspend ended that attempt on the SCO; the new one starts clean.
            sco.cmi = "{}";
            sco.location = null;
            sco.suspendData = null;
            sco.lastSequence = -1;
        }
        ScormStatements statements = ctx.statements(entry, now);
        statements.started("resume".equals(entryMode));
        sco.launches++;
        sco.sessionOpen = true;
        sco.sessionLaunch = launch.tokenHash();
        sco.sessionStartedAt = now;
        sco.sessionTimeMs = 0;
        sco.exitMode = null;
        sco.updatedAt = now;
        if ("asset".equals(entry.kind()) && !"completed".equals(sco.completionStatus)) {
            sco.completionStatus = "completed";
            statements.completed(new ScoStatus("completed", "unknown", null, null, null, null, null, null, null,
                    null, -1));
        }
        attempt.currentItem = entry.id();
        repository.flush();
        attempts.rollUp(ctx, null);
        lrs.storeGenerated(statements.statements());

        AppMessages m = Languages.messages(locale);
        ObjectNode config = json.createObjectNode();
        config.put("standard", ctx.descriptor().standard().name());
        config.put("commitUrl", "/p/" + token + "/commit");
        config.put("scoUrl", "/c/" + token + "/" + entry.href());
        config.put("itemId", entry.id());
        config.put("title", entry.title());
        config.put("asset", "asset".equals(entry.kind()));
        config.set("cmi", initialCmi.build(ctx, entry, sco, entryMode));
        config.put("sequence", sco.lastSequence);
        config.set("toc", toc(ctx, token, index, locale));
        ObjectNode nav = config.putObject("nav");
        nav.put("previousUrl", index > 0 ? playerUrl(token, index - 1, locale) : null);
        nav.put("continueUrl", index + 1 < ctx.entries().size() ? playerUrl(token, index + 1, locale) : null);
        nav.put("exitUrl", launch.lmsOrigin() + "/learn/packages/" + attempt.packageId);
        ArrayNode hide = config.putArray("hideLmsUi");
        ScormItem item = item(ctx, entry.id());
        if (item != null) {
            item.hideLmsUi().forEach(hide::add);
        }
        ScormOrganization org = defaultOrganization(ctx);
        config.set("sequencing", ctx.descriptor().standard() == Standard.SCORM_2004 && org != null
                && hasSequencing(org) ? SequencingJson.toScormAgain(org) : null);
        config.set("sequencingState", attempt.sequencingState == null ? null : read(attempt.sequencingState));
        ObjectNode labels = config.putObject("labels");
        labels.put("toc", m.player_toc());
        labels.put("previous", m.player_previous());
        labels.put("continue", m.player_continue());
        labels.put("exit", m.player_exit());
        labels.put("saving", m.player_saving());
        labels.put("saved", m.player_saved());
        labels.put("offline", m.player_offline());
        labels.put("rejected", m.player_rejected());
        config.put("autocommitSeconds", 30);
        return new Player(entry.title(), ctx.descriptor().standard(), config);
    }

    /** {@code /p/{token}/{index}?lang=…}: the player page of an entry (relative to the content origin). */
    public static String playerUrl(String token, int index, Locale locale) {
        return "/p/" + token + "/" + index + "?lang=" + locale.getLanguage();
    }

    /**
     * The entry mode of a new session: ab-initio on the first launch; resume after a suspend (SCORM 1.2 also after
     * logout); otherwise "" in SCORM 1.2, and a fresh ab-initio attempt in SCORM 2004.
     */
    static String entryMode(Standard standard, ScoState sco) {
        if (sco.launches == 0) {
            return "ab-initio";
        }
        String exit = sco.exitMode;
        if ("suspend".equals(exit) || (standard == Standard.SCORM_12 && "logout".equals(exit))) {
            return "resume";
        }
        return standard == Standard.SCORM_12 ? "" : "ab-initio";
    }

    private ArrayNode toc(AttemptContext ctx, String token, int current, Locale locale) {
        Map<String, ScoState> states = repository.scoStates(ctx.attempt().id).stream()
                .collect(Collectors.toMap(s -> s.key.itemId, Function.identity()));
        ArrayNode toc = json.createArrayNode();
        ScormOrganization org = defaultOrganization(ctx);
        if (org == null) {
            return toc;
        }
        addItems(toc, org.items(), 0, ctx, states, token, current, locale);
        return toc;
    }

    private void addItems(ArrayNode toc, List<ScormItem> items, int depth, AttemptContext ctx,
            Map<String, ScoState> states, String token, int current, Locale locale) {
        for (ScormItem item : items) {
            if (!item.visible()) {
                continue;
            }
            int index = item.launchHref() == null ? -1 : ctx.indexOf(item.identifier());
            ScoState s = states.get(item.identifier());
            ObjectNode row = toc.addObject();
            row.put("id", item.identifier());
            row.put("title", item.title());
            row.put("depth", depth);
            row.put("launchUrl", index < 0 ? null : playerUrl(token, index, locale));
            row.put("status", s == null ? "not attempted" : "passed".equals(s.successStatus)
                    || "failed".equals(s.successStatus) ? s.successStatus : s.completionStatus);
            row.put("current", index == current);
            row.put("disabled", false);
            addItems(toc, item.children(), depth + 1, ctx, states, token, current, locale);
        }
    }

    private static ScormOrganization defaultOrganization(AttemptContext ctx) {
        var scorm = ctx.descriptor().scorm();
        if (scorm == null || scorm.organizations().isEmpty()) {
            return null;
        }
        return scorm.organizations().stream().filter(o -> o.identifier().equals(scorm.defaultOrganization()))
                .findFirst().orElse(scorm.organizations().get(0));
    }

    private static boolean hasSequencing(ScormOrganization org) {
        return org.sequencing() != null || anySequencing(org.items());
    }

    private static boolean anySequencing(List<ScormItem> items) {
        return items.stream().anyMatch(i -> i.sequencing() != null || anySequencing(i.children()));
    }

    /** The manifest item with this identifier (in any organisation), or null. */
    static ScormItem item(AttemptContext ctx, String id) {
        if (ctx.descriptor().scorm() == null) {
            return null;
        }
        for (ScormOrganization o : ctx.descriptor().scorm().organizations()) {
            ScormItem found = find(o.items(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static ScormItem find(List<ScormItem> items, String id) {
        for (ScormItem i : items) {
            if (i.identifier().equals(id)) {
                return i;
            }
            ScormItem inner = find(i.children(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
