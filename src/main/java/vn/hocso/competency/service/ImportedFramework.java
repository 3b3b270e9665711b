package vn.hocso.competency.service;

import java.util.List;
import java.util.UUID;
import vn.hocso.org.model.StaffPosition;

/**
 * A framework version read from a file (CASE JSON or Moodle CSV) and checked, ready to be stored by
 * {@link FrameworkWriter}. Nodes refer to each other by their identifiers in the file.
 *
 * @param document the CFDocument
 * @param items the CFItems, each with the identifier of its parent item in the file (null = top level)
 * @param levels the proficiency scale, lowest first
 * @param associations every CFAssociation of the file (isChildOf ones included)
 * @param targets target levels by staff position
 */
public record ImportedFramework(Document document, List<Item> items, List<Level> levels, List<Link> associations,
        List<Target> targets) {

    /** The CFDocument; null {@code identifier}/{@code code}/{@code version} are chosen by the writer. */
    public record Document(UUID identifier, String code, String version, String title, String titleEn, String creator,
            String publisher, String description, String language, String officialSourceUrl, String licenceUri,
            String licenceNote, String adoptionStatus, boolean editable) {
    }

    /** A CFItem. */
    public record Item(UUID identifier, String humanCode, String itemType, String fullStatement,
            String fullStatementEn, String abbreviatedStatement, Integer listEnumeration, String educationLevel,
            String notes, UUID parent) {
    }

    /** A level of the scale. */
    public record Level(UUID identifier, String code, int ordinal, String label, String labelEn, String description) {
    }

    /** One end of an association: an identifier when known, and the URI as given. */
    public record Node(UUID identifier, String uri) {
    }

    /** A CFAssociation. */
    public record Link(UUID identifier, String type, Node origin, Node destination, Integer sequenceNumber) {
    }

    /** A role target: the level of the scale that the position should reach for the item. */
    public record Target(StaffPosition position, UUID item, UUID level) {
    }
}
