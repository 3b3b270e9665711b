package vn.hocso.certification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hocso.certification.service.AttainmentSource;

/**
 * The attainment SPI for tests: an in-memory register that certificate tests feed for their own people; anyone else
 * (e.g. the demo teacher of the end-to-end journey) is answered by the real implementation over
 * {@code competency_attainment}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestAttainments implements AttainmentSource {

    private final Map<Long, Map<Long, Attained>> byPerson = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    vn.hocso.competency.persistence.CompetencyAttainmentSource real;

    /** Records that the person reached the level (replacing an earlier attainment of the item). */
    public void attain(long personId, long itemId, long levelId, int ordinal, Instant at) {
        byPerson.computeIfAbsent(personId, p -> new ConcurrentHashMap<>())
                .put(itemId, new Attained(itemId, levelId, ordinal, at, null, List.of()));
    }

    public void forget(long personId) {
        byPerson.remove(personId);
    }

    @Override
    public Optional<Attained> attained(long personId, long itemId, int minLevelOrdinal) {
        if (!byPerson.containsKey(personId)) {
            return real.attained(personId, itemId, minLevelOrdinal);
        }
        return Optional.ofNullable(byPerson.getOrDefault(personId, Map.of()).get(itemId))
                .filter(a -> a.levelOrdinal() >= minLevelOrdinal && a.heldAt(Instant.now()));
    }

    /** The real holders plus the registered people holding the item (their subtree is not known here). */
    @Override
    public List<Long> holders(long itemId, int minLevelOrdinal, String orgPath) {
        java.util.TreeSet<Long> people = new java.util.TreeSet<>(real.holders(itemId, minLevelOrdinal, orgPath));
        byPerson.keySet().forEach(p -> attained(p, itemId, minLevelOrdinal).ifPresent(a -> people.add(p)));
        return List.copyOf(people);
    }

    @Override
    public List<Attained> attainments(long personId) {
        if (!byPerson.containsKey(personId)) {
            return real.attainments(personId);
        }
        return List.copyOf(byPerson.getOrDefault(personId, Map.of()).values());
    }
}
