package vn.hocso.lrs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import vn.hocso.lrs.service.StatementService.Attachment;

/** Attachment contents, stored once per SHA-2 however many statements carry them. */
@ApplicationScoped
public class AttachmentStore {

    @Inject
    DataSource dataSource;

    /** Saves contents not stored yet. */
    public void save(Collection<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO lrs_attachment (sha2, content_type, length, content) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (sha2) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Attachment a : attachments) {
                ps.setString(1, a.sha2());
                ps.setString(2, a.contentType());
                ps.setLong(3, a.content().length);
                ps.setBytes(4, a.content());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
    }

    /** The stored contents among these SHA-2s. */
    public List<Attachment> load(Collection<String> sha2s) {
        List<Attachment> found = new ArrayList<>();
        if (sha2s.isEmpty()) {
            return found;
        }
        String sql = "SELECT sha2, content_type, content FROM lrs_attachment WHERE sha2 = ANY (?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", sha2s.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                }
            }
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
        return found;
    }
}
