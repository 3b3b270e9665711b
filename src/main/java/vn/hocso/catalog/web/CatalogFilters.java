package vn.hocso.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.hocso.catalog.model.Track;
import vn.hocso.catalog.service.Catalogue;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/** Turns catalogue query parameters into a {@link Catalogue.Query}; an unknown value is a 400 naming it. */
@ApplicationScoped
public class CatalogFilters {

    /**
     * @throws DomainException 400 when a filter value is not one of the known ones or the hours are not positive
     */
    public Catalogue.Query query(String q, String track, String position, String level, BigDecimal maxHours) {
        if (maxHours != null && maxHours.signum() <= 0) {
            throw new DomainException(400, AppMessages::error_badParameter);
        }
        return new Catalogue.Query(q, parse(Track.class, track), parse(StaffPosition.class, position),
                parse(SchoolLevel.class, level), maxHours);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(400, AppMessages::error_badParameter);
        }
    }

    /** The values offered by the catalogue page's filters. */
    public record Options(List<Track> tracks, List<StaffPosition> positions, List<SchoolLevel> levels,
            List<Integer> hours) {
    }

    public static final Options OPTIONS = new Options(List.of(Track.values()), List.of(StaffPosition.values()),
            List.of(SchoolLevel.values()), List.of(2, 5, 10, 20, 40));
}
