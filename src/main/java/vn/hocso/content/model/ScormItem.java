package vn.hocso.content.model;

import java.util.List;

/**
 * One item of an organisation (a cluster when it has children, a leaf that launches a resource otherwise).
 *
 * @param identifierRef the resource it launches (leaves), or null
 * @param parameters the item's {@code parameters} attribute, or null
 * @param launchHref the resolved launch path (resource xml:base + href + parameters), or null for clusters
 * @param scormType "sco" or "asset" of the launched resource, or null for clusters
 * @param masteryScore SCORM 1.2 {@code adlcp:masteryscore}, or null
 * @param dataFromLms {@code adlcp:datafromlms} (1.2) / {@code adlcp:dataFromLMS} (2004), or null
 * @param timeLimitAction {@code adlcp:timelimitaction} / {@code adlcp:timeLimitAction}, or null
 * @param maxTimeAllowed {@code adlcp:maxtimeallowed} (1.2), or null
 * @param completionThreshold 2004 {@code adlcp:completionThreshold} (text or minProgressMeasure), or null
 * @param hideLmsUi 2004 {@code adlnav:presentation/navigationInterface/hideLMSUI} values (e.g. "continue")
 * @param sequencing the item's {@code imsss:sequencing} with any IDRef to the sequencing collection merged in, or null
 */
public record ScormItem(String identifier, String title, String identifierRef, String parameters, boolean visible,
        String launchHref, String scormType, String masteryScore, String dataFromLms, String timeLimitAction,
        String maxTimeAllowed, String completionThreshold, List<String> hideLmsUi, XmlElement sequencing,
        List<ScormItem> children) {
}
