package vn.hocso.reporting.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan target as a city administrator writes it (JSON body of {@code POST/PUT /api/v1/targets}). Enumerations are
 * codes: topic ({@code GET /api/v1/plan-topics}), level BASIC / ADVANCED, kind CUMULATIVE / MAINTAIN / ANNUAL,
 * positions CBQL / TTCM / GV / NV / IT, school levels MN … CHUYEN_BIET, ownerships PUBLIC / NON_PUBLIC.
 *
 * @param version on update, the version the client read (a different current version is a 409); ignored on create
 * @param active null = true
 */
public record TargetInput(String code, String topic, String level, Integer year, String kind, BigDecimal percent,
        List<String> positions, List<String> schoolLevels, List<String> ownerships, String description,
        String descriptionEn, String sourceRef, Boolean active, Integer version) {
}
