package vn.hocso.reporting.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import vn.hocso.reporting.model.TargetKind;

/**
 * When a training fact {@code t} counts for a target of a kind, measured at {@code at} with the calendar year
 * [{@code yearStart}, {@code yearEnd}): the one SQL definition the cube and the "not yet trained" lists share.
 */
record TrainedCondition(Instant at, Instant yearStart, Instant yearEnd) {

    /** The condition on {@code t} (placeholders bound by {@link #bind}). */
    static String sql(TargetKind kind) {
        return switch (kind) {
            case CUMULATIVE -> "t.first_at <= ?";
            case MAINTAIN -> "t.first_at <= ? AND t.active AND (t.valid_until IS NULL OR t.valid_until > ?)";
            case ANNUAL -> "t.last_at >= ? AND t.last_at < ? AND t.last_at <= ?";
        };
    }

    /** Binds the placeholders of {@link #sql(TargetKind)} from {@code index}; returns the next free index. */
    int bind(PreparedStatement ps, int index, TargetKind kind) throws SQLException {
        Timestamp ts = Timestamp.from(at);
        switch (kind) {
            case CUMULATIVE -> ps.setTimestamp(index++, ts);
            case MAINTAIN -> {
                ps.setTimestamp(index++, ts);
                ps.setTimestamp(index++, ts);
            }
            case ANNUAL -> {
                ps.setTimestamp(index++, Timestamp.from(yearStart));
                ps.setTimestamp(index++, Timestamp.from(yearEnd));
                ps.setTimestamp(index++, ts);
            }
        }
        return index;
    }
}
