package vn.hocso.scorm.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.scorm.model.ScormAttempt;

/**
 * An attempt with what every runtime step needs: its package version and parsed descriptor, and the learner's xAPI
 * agent. Built by {@link Attempts#load}.
 */
public record AttemptContext(ScormAttempt attempt, PackageVersion version, PackageDescriptor descriptor,
        ObjectNode actor, String courseIri, String language) {

    /** Launchable entries in delivery order. */
    public List<LaunchEntry> entries() {
        return descriptor.launches();
    }

    /** Index of an item among the entries, or -1. */
    public int indexOf(String itemId) {
        for (int i = 0; i < entries().size(); i++) {
            if (entries().get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    /** A statement builder for an event of this attempt on one item. */
    public ScormStatements statements(LaunchEntry item, Instant at) {
        return new ScormStatements(new ScormStatements.Context(actor, courseIri, descriptor.title(), item.id(),
                item.title(), attempt.registration, attempt.attemptNo, language), at);
    }
}
