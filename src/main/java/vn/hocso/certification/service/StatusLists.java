package vn.hocso.certification.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import vn.hocso.certification.config.CertificationConfig;
import vn.hocso.certification.persistence.StatusListStore;

/**
 * W3C Bitstring Status Lists for revocation: random index allocation (herd privacy) in lists of at least 131072 bits,
 * and the {@code BitstringStatusListCredential} of a list ({@code encodedList} = multibase base64url ('u') of the GZIP
 * of the bitstring), signed as VC-JWT and, in its JSON form, with an embedded {@code eddsa-rdfc-2022} proof.
 */
@ApplicationScoped
public class StatusLists {

    /** A list's credential as JSON (with its Data Integrity proof) and as VC-JWT (of the credential without it). */
    public record ListCredential(ObjectNode credential, String jwt) {
    }

    @Inject
    StatusListStore store;

    @Inject
    CertificationConfig config;

    @Inject
    IssuerUrls urls;

    @Inject
    VcJwt vcJwt;

    @Inject
    DataIntegrity dataIntegrity;

    /** Reserves an index for a new credential (caller's transaction). */
    @Transactional
    public StatusListStore.Entry allocate() {
        return store.allocate(Math.max(131072, config.statusListSize() / 8 * 8));
    }

    /** The {@code credentialStatus} entry of a credential at the reserved position. */
    public ObjectNode entry(StatusListStore.Entry e) {
        ObjectNode status = CredentialJson.MAPPER.createObjectNode();
        String list = urls.statusList(e.listUuid());
        status.put("id", list + "#" + e.index());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(e.index()));
        status.put("statusListCredential", list);
        return status;
    }

    /** Revokes the credential at this position (sets its bit). */
    @Transactional
    public void revoke(long listId, int index) {
        store.set(listId, index);
    }

    @Transactional
    public boolean isRevoked(long listId, int index) {
        return store.isSet(listId, index);
    }

    /** The signed status list credential of a list, if the list exists. */
    @Transactional
    public Optional<ListCredential> credential(UUID listId) {
        return store.find(listId).map(list -> {
            String url = urls.statusList(list.listId());
            ObjectNode vc = CredentialJson.MAPPER.createObjectNode();
            vc.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
            vc.put("id", url);
            ArrayNode type = vc.putArray("type");
            type.add("VerifiableCredential").add("BitstringStatusListCredential");
            vc.put("issuer", urls.issuer());
            vc.put("validFrom", list.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
            ObjectNode subject = vc.putObject("credentialSubject");
            subject.put("id", url + "#list");
            subject.put("type", "BitstringStatusList");
            subject.put("statusPurpose", "revocation");
            subject.put("encodedList", encode(list.bits()));
            return new ListCredential(dataIntegrity.sign(vc, list.updatedAt()), vcJwt.sign(vc).jwt());
        });
    }

    /** Multibase base64url (no padding) of the GZIP of the bits. */
    static String encode(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
