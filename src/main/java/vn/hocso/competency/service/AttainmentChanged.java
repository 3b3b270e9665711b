package vn.hocso.competency.service;

import java.util.Set;

/**
 * CDI event fired (in the transaction that changed it) when a person's competency attainment changed: new evidence,
 * a recompute, an expiry. Observers that do heavy work (certificates) observe it after the transaction succeeded.
 *
 * @param personId the person (staff member) whose attainment changed
 * @param itemIds the competency items whose attainment changed
 */
public record AttainmentChanged(long personId, Set<Long> itemIds) {
}
