package vn.hocso.certification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bitstring Status Lists in plain SQL. Bit {@code i} of a list is, as the W3C Recommendation numbers it, bit
 * {@code 7 - i % 8} (counting from the least significant) of byte {@code i / 8}; PostgreSQL's {@code set_bit} counts
 * from the least significant bit of each byte, hence {@link #pgBit}. Callers hold a transaction.
 */
@ApplicationScoped
public class StatusListStore {

    /** A list as stored. */
    public record StatusList(long id, UUID listId, int size, byte[] bits, Instant updatedAt) {
    }

    /** A reserved position: the list's database id and public id, and the bit index. */
    public record Entry(long listId, UUID listUuid, int index) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    /**
     * Reserves a random unused index in a list that is less than half full, starting a new list (of {@code size} bits)
     * when none is. The chosen list row is locked until the transaction ends, so concurrent allocations serialise.
     */
    public Entry allocate(int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("""
                SELECT id, list_id, size FROM certificate_status_list
                WHERE allocated * 2 < size ORDER BY id LIMIT 1 FOR UPDATE""").getResultList();
        long id;
        UUID uuid;
        int listSize;
        if (open.isEmpty()) {
            uuid = UUID.randomUUID();
            listSize = size;
            id = ((Number) em.createNativeQuery("""
                    INSERT INTO certificate_status_list (list_id, size, bits) VALUES (:uuid, :size, :bits)
                    RETURNING id""").setParameter("uuid", uuid).setParameter("size", size)
                    .setParameter("bits", new byte[size / 8]).getSingleResult()).longValue();
        } else {
            id = ((Number) open.get(0)[0]).longValue();
            uuid = (UUID) open.get(0)[1];
            listSize = ((Number) open.get(0)[2]).intValue();
        }
        int index;
        do {
            index = RANDOM.nextInt(listSize);
        } while (taken(id, index));
        em.createNativeQuery("UPDATE certificate_status_list SET allocated = allocated + 1 WHERE id = :id")
                .setParameter("id", id).executeUpdate();
        return new Entry(id, uuid, index);
    }

    private boolean taken(long listId, int index) {
        return !em.createNativeQuery("SELECT 1 FROM certificate WHERE status_list_id = :l AND status_index = :i")
                .setParameter("l", listId).setParameter("i", index).getResultList().isEmpty();
    }

    /** Sets (revokes) bit {@code index} of the list. */
    public void set(long listId, int index) {
        em.createNativeQuery("""
                UPDATE certificate_status_list SET bits = set_bit(bits, :bit, 1), updated_at = now() WHERE id = :id""")
                .setParameter("bit", pgBit(index)).setParameter("id", listId).executeUpdate();
    }

    /** The bit at {@code index}. */
    public boolean isSet(long listId, int index) {
        Number bit = (Number) em.createNativeQuery(
                "SELECT get_bit(bits, :bit) FROM certificate_status_list WHERE id = :id")
                .setParameter("bit", pgBit(index)).setParameter("id", listId).getSingleResult();
        return bit.intValue() == 1;
    }

    public Optional<StatusList> find(UUID listId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, list_id, size, bits, updated_at FROM certificate_status_list WHERE list_id = :l")
                .setParameter("l", listId).getResultList();
        return rows.stream().findFirst().map(r -> new StatusList(((Number) r[0]).longValue(), (UUID) r[1],
                ((Number) r[2]).intValue(), (byte[]) r[3], instant(r[4])));
    }

    /** The public id of the list with database id {@code id}. */
    public UUID publicId(long id) {
        return (UUID) em.createNativeQuery("SELECT list_id FROM certificate_status_list WHERE id = :id")
                .setParameter("id", id).getSingleResult();
    }

    static long pgBit(int index) {
        return (long) (index / 8) * 8 + 7 - index % 8;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
