package vn.hocso.scorm.sequencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hocso.content.model.ScormItem;
import vn.hocso.content.model.ScormOrganization;

/**
 * Converts a SCORM 2004 organisation (item tree plus {@code imsss:sequencing}, IDRefs already resolved) into the
 * {@code sequencing} setting of scorm-again 3.4.3's {@code Scorm2004API}: {@code {"activityTree": ActivitySettings}}
 * as declared by {@code SequencingSettings} / {@code ActivitySettings} in scorm-again's
 * {@code dist/types/types/sequencing_types.d.ts} and consumed by {@code Scorm2004API.configureSequencing} and
 * {@code ActivityTreeBuilder.createActivity} ({@code dist/esm/scorm2004.js}).
 *
 * <p>The root activity is the organisation (id = organisation identifier); every item becomes a child activity with
 * its identifier as id, so the ids scorm-again delivers are item identifiers. Values are translated where the two
 * vocabularies differ (see {@link ActivityJson}, {@link RulesJson}, {@link ObjectivesJson}): IMS defaults are written
 * out for controlMode, {@code minimumPercent} is scaled to 0..100, {@code reorderChildren} becomes
 * {@code randomizeChildren}, {@code measureThreshold} becomes {@code parameters.threshold}.
 *
 * <p>Not carried (scorm-again has no setting for them, or the model does not keep them): auxiliaryResources,
 * attemptExperiencedDurationLimit / activity duration limits and begin/end time limits, 4th-edition
 * {@code completedByMeasure} / {@code progressWeight}, {@code objectivesGlobalToSystem} (a server concern: the scope
 * under which global objectives are stored).
 */
public final class SequencingJson {

    private SequencingJson() {
    }

    /**
     * The scorm-again {@code sequencing} setting for {@code org}.
     *
     * @param org a SCORM 2004 organisation; items and sequencing elements may be absent (defaults apply)
     * @return a new {@code {"activityTree": {...}}} object
     * @throws NullPointerException when {@code org} is null
     * @throws IllegalArgumentException when a sequencing value is malformed (a non-boolean flag, a negative or
     *         non-numeric count, a non-decimal measure, a rule without action, an objective or mapInfo without id);
     *         the message names the element and attribute
     */
    public static ObjectNode toScormAgain(ScormOrganization org) {
        Objects.requireNonNull(org, "org");
        ObjectNode root = ActivityJson.activity(org.identifier(), org.title(), true, org.sequencing(), List.of(),
                null, items(org.items()));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("activityTree", root);
        return out;
    }

    private static List<ObjectNode> items(List<ScormItem> items) {
        List<ObjectNode> out = new ArrayList<>();
        if (items != null) {
            for (ScormItem item : items) {
                out.add(ActivityJson.activity(item.identifier(), item.title(), item.visible(), item.sequencing(),
                        item.hideLmsUi(), item.timeLimitAction(), items(item.children())));
            }
        }
        return out;
    }
}
