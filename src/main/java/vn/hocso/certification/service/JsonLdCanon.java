package vn.hocso.certification.service;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical N-Quads of a JSON-LD document: JSON-LD 1.1 to RDF, then RDF Dataset Canonicalization (RDFC-1.0), one
 * quad per line in code-point order, each ending with a newline — the transformation of the {@code eddsa-rdfc-2022}
 * cryptosuite. Contexts are never fetched: only the bundled ones can be used ({@link #STANDARD}: VC 2.0 and OB 3.0.3),
 * anything else fails, so the result never depends on the network. Like the "safe mode" of other verifiers, a term the
 * contexts do not define fails too (instead of being dropped, which would leave it outside the signature).
 */
public final class JsonLdCanon {

    /** The contexts HocSo's credentials use, bundled under {@code certification/jsonld/}. */
    public static final JsonLdCanon STANDARD = new JsonLdCanon(Map.of(
            CredentialBuilder.VC_CONTEXT, "certification/jsonld/credentials-v2.jsonld",
            CredentialBuilder.OB_CONTEXT, "certification/jsonld/ob-context-3.0.3.json"));

    /** A document that cannot be turned into RDF (unknown context, invalid JSON-LD). */
    public static final class Invalid extends Exception {
        Invalid(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, String> resources;
    private final Map<String, Document> loaded = new ConcurrentHashMap<>();

    /** @param resources class-path resource of each context URL this instance may use */
    public JsonLdCanon(Map<String, String> resources) {
        this.resources = Map.copyOf(resources);
    }

    /**
     * The canonical N-Quads of a document.
     *
     * @throws Invalid when the document uses a context that is not bundled, a term no context defines, or is not
     *         valid JSON-LD
     */
    public String nquads(ObjectNode document) throws Invalid {
        try {
            JsonDocument doc = JsonDocument.of(new StringReader(document.toString()));
            JsonLdOptions options = new JsonLdOptions(this::load);
            options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
            JsonArray expanded = JsonLd.expand(doc).options(options).get();
            requireAbsoluteIris(expanded);
            RdfDataset dataset = JsonLd.toRdf(JsonDocument.of(expanded)).options(options).get();
            Collection<RdfNQuad> canonical = RdfCanonicalizer.canonicalize(dataset.toList());
            List<String> lines = new ArrayList<>(canonical.size());
            for (RdfNQuad quad : canonical) {
                StringWriter line = new StringWriter();
                new NQuadsWriter(line).write(quad);
                lines.add(line.toString());
            }
            lines.sort(null);
            return String.join("", lines);
        } catch (JsonLdError e) {
            throw new Invalid(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every {@code @id} and {@code @type} of the expanded document is an absolute IRI or a blank node: a relative one
     * (a type name no context defines) would be dropped from the RDF, and so from the signed data.
     */
    private static void requireAbsoluteIris(JsonValue value) throws Invalid {
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                requireAbsoluteIris(v);
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                if (("@id".equals(e.getKey()) || "@type".equals(e.getKey())) && !object.containsKey("@value")) {
                    for (JsonValue iri : e.getValue() instanceof JsonArray a ? a : List.of(e.getValue())) {
                        if (iri instanceof JsonString str && !str.getString().contains(":")) {
                            throw new Invalid("Term or IRI defined by no context: " + str.getString(), null);
                        }
                    }
                } else {
                    requireAbsoluteIris(e.getValue());
                }
            }
        }
    }

    private Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String resource = resources.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "Context not bundled with HocSo (never fetched): " + url);
        }
        Document cached = loaded.get(resource);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled context " + resource);
            }
            Document d = JsonDocument.of(in);
            d.setDocumentUrl(url);
            loaded.put(resource, d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
