package vn.hocso.certification.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The {@link AttainmentSource} in force while no other bean provides one: nothing is attained, so no certificate is
 * issued automatically. Any other {@code AttainmentSource} bean replaces it.
 */
@DefaultBean
@ApplicationScoped
public class NoAttainmentSource implements AttainmentSource {

    @Override
    public Optional<Attained> attained(long personId, long itemId, int minLevelOrdinal) {
        return Optional.empty();
    }

    @Override
    public List<Attained> attainments(long personId) {
        return List.of();
    }
}
