package vn.hocso.catalog.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A course as a client writes it (create and full update). Enumerations are plain strings so that an unknown value is
 * a 422 naming the field, not a JSON error.
 *
 * @param orgUnitId      owner unit; null = the caller's only TRAINER/ADMIN subtree (ignored on update)
 * @param track          one of {@link vn.hocso.catalog.model.Track}
 * @param positions      target staff positions (CBQL, TTCM, GV, NV, IT); empty = all
 * @param schoolLevels   target school levels (MN, TH, THCS, THPT, GDTX, GDNN, CHUYEN_BIET); empty = all
 * @param packages       the packages in order, each optionally marked not required
 * @param completionRule ALL (default), REQUIRED or N_OF_M
 * @param completionMin  for N_OF_M: how many packages must be completed
 * @param status         DRAFT (default), PUBLISHED or ARCHIVED
 */
public record CourseInput(Long orgUnitId, String title, String titleEn, String description, String descriptionEn,
        String track, List<String> positions, List<String> schoolLevels, BigDecimal durationHours,
        List<Long> competencyIds, List<PackageRef> packages, String completionRule, Integer completionMin,
        String status, Boolean selfEnrol) {

    /** One package of the course; {@code required} defaults to true. */
    public record PackageRef(Long packageId, Boolean required) {
    }
}
