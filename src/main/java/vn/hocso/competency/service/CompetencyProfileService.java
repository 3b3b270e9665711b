package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocso.competency.persistence.CompetencyProfileStore;
import vn.hocso.competency.persistence.CompetencyProfileStore.ItemLevel;
import vn.hocso.competency.persistence.CompetencyProfileStore.Module;

/**
 * A learner's competency profile: their active attainment against the target profile of their position in the latest
 * published city framework (HCM-KNLS), the gaps, and the modules mapped to close each gap. Without such a framework
 * (or targets for the position) the profile shows attainment only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompetencyProfileService {

    /** The whole profile. {@code framework} is null when no published city framework applies. */
    public record Profile(long personId, String position, CompetencyProfileStore.Framework framework,
            List<TargetRow> targets, List<Gap> gaps, List<ItemLevel> held) {

        /** The position as the enum the interface's texts know. */
        public vn.hocso.org.model.StaffPosition staffPosition() {
            return vn.hocso.org.model.StaffPosition.valueOf(position);
        }

        public boolean hasTargets() {
            return framework != null && !targets.isEmpty();
        }
    }

    /** One target and the highest level held of that item (or null). */
    public record TargetRow(ItemLevel target, ItemLevel held, boolean met) {
    }

    /** A target not met and the modules that lead to it. */
    public record Gap(ItemLevel target, List<Module> modules) {
    }

    @Inject
    CompetencyProfileStore store;

    /**
     * The profile of an account's person.
     *
     * @return empty when the account is linked to no person
     */
    public Optional<Profile> ofAccount(long accountId) {
        return store.staffOf(accountId).map(this::of);
    }

    private Profile of(CompetencyProfileStore.Staff staff) {
        List<ItemLevel> held = store.held(staff.personId());
        Map<Long, ItemLevel> best = new HashMap<>();
        for (ItemLevel h : held) {
            best.merge(h.itemId(), h, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
        }
        CompetencyProfileStore.Framework framework = store.cityFramework().orElse(null);
        List<TargetRow> rows = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        if (framework != null) {
            for (ItemLevel target : store.targets(framework.id(), staff.position())) {
                ItemLevel h = best.get(target.itemId());
                boolean met = h != null && h.ordinal() >= target.ordinal();
                rows.add(new TargetRow(target, h, met));
                if (!met) {
                    gaps.add(new Gap(target, store.modulesFor(target.itemId(), target.ordinal())));
                }
            }
        }
        return new Profile(staff.personId(), staff.position(), rows.isEmpty() ? null : framework, rows, gaps, held);
    }
}
