package vn.hocso.catalog.service;

import java.util.List;

/**
 * A campaign as an administrator asks for it. The cohort is every active person with an active login account in the
 * owner unit's subtree who matches every given criterion (a criterion left empty matches everyone): one of the
 * positions, institutions of one of the school levels, in one of the districts, one of the institutions, and — when
 * a list is given — one of the national ids.
 *
 * @param orgUnitId       owner unit (the cohort's outer bound); null = the administrator's only subtree
 * @param name            shown to administrators; defaults to the course title
 * @param dueDate         ISO date (yyyy-MM-dd), today or later in Asia/Ho_Chi_Minh
 * @param nationalIds     national ids, one per element
 * @param nationalIdsCsv  alternatively, the text of an uploaded CSV file with one id per line
 */
public record CampaignInput(Long courseId, Long orgUnitId, String name, String dueDate, List<String> positions,
        List<String> schoolLevels, List<Long> districtIds, List<Long> institutionIds, List<String> nationalIds,
        String nationalIdsCsv) {
}
