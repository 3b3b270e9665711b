package vn.hocso.content.delivery;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hocso.content.service.LaunchTokens;
import vn.hocso.content.store.ContentStore;
import vn.hocso.content.store.StoredFile;

/**
 * {@code GET|HEAD /c/{token}/{path}}: one file of the package version a launch token opens. Unknown, expired or
 * malformed tokens and paths answer 404 (nothing reveals whether a file exists to someone without a valid token).
 * Supports single byte ranges (206/416) for media seeking, {@code ETag}/{@code Last-Modified} revalidation (304),
 * and private caching; never lists directories and never executes anything.
 */
@ApplicationScoped
public class PackageFiles {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @Inject
    LaunchTokens tokens;

    @Inject
    ContentStore store;

    /**
     * Package versions never change, so what a storage key holds is remembered (bounded); a file removed since (a
     * deleted package) fails to send and is forgotten.
     */
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    /**
     * Route handler. The common case — a token resolved in the last seconds and a file already looked up — runs on
     * the event loop without blocking (like a static file server); otherwise the lookups run on a worker thread.
     */
    public void handle(RoutingContext ctx) {
        String token = ctx.pathParam("token");
        String path = relativePath(ctx);
        Optional<LaunchTokens.Launch> launch = tokens.cached(token);
        if (launch != null) {
            if (launch.isEmpty() || path == null) {
                ctx.response().setStatusCode(404).end();
                return;
            }
            StoredFile known = files.get(launch.get().storagePrefix() + "/" + path);
            if (known != null) {
                send(ctx, known, path, launch.get());
                return;
            }
        }
        ctx.vertx().executeBlocking(() -> find(token, path), false)
                .onFailure(ctx::fail)
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        ctx.response().setStatusCode(404).end();
                    } else {
                        send(ctx, found.get().file(), path, found.get().launch());
                    }
                });
    }

    private record Found(LaunchTokens.Launch launch, StoredFile file) {
    }

    private Optional<Found> find(String token, String path) throws java.io.IOException {
        Optional<LaunchTokens.Launch> launch = tokens.resolve(token);
        if (launch.isEmpty() || path == null) {
            return Optional.empty();
        }
        String key = launch.get().storagePrefix() + "/" + path;
        Optional<StoredFile> file = store.open(key);
        file.ifPresent(f -> {
            if (files.size() > 50_000) {
                files.clear();
            }
            files.put(key, f);
        });
        return file.map(f -> new Found(launch.get(), f));
    }

    /** The decoded path after {@code /c/{token}/}, or null when it is empty or tries to leave the package. */
    static String relativePath(RoutingContext ctx) {
        String raw = ctx.request().path();
        int start = raw.indexOf('/', 3);
        if (start < 0 || start + 1 >= raw.length()) {
            return null;
        }
        String decoded = URLDecoder.decode(raw.substring(start + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.endsWith("/") || decoded.contains("\\") || decoded.indexOf('\0') >= 0) {
            return null;
        }
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return decoded;
    }

    private void send(RoutingContext ctx, StoredFile file, String name, LaunchTokens.Launch launch) {
        HttpServerResponse response = ctx.response();
        String etag = "\"" + Long.toHexString(file.size()) + "-" + Long.toHexString(file.lastModified().toEpochMilli())
                + "\"";
        response.putHeader(HttpHeaders.CONTENT_TYPE, ContentTypes.of(name))
                .putHeader("Content-Security-Policy", ContentServer.frameAncestors(launch.lmsOrigin()))
                .putHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(file.lastModified()))
                .putHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        if (etag.equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        long size = file.size();
        long offset = 0;
        long length = size;
        String range = ctx.request().getHeader("Range");
        if (range != null) {
            long[] r = ByteRange.parse(range, size);
            if (r == null) {
                response.setStatusCode(416).putHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size).end();
                return;
            }
            if (r.length == 2) {
                offset = r[0];
                length = r[1] - r[0] + 1;
                response.setStatusCode(206)
                        .putHeader(HttpHeaders.CONTENT_RANGE, "bytes " + r[0] + "-" + r[1] + "/" + size);
            }
        }
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length)).end();
            return;
        }
        if (file.localPath().isPresent()) {
            response.sendFile(file.localPath().get().toString(), offset, length).onFailure(e -> {
                files.remove(file.key());
                if (!response.headWritten()) {
                    response.setStatusCode(404).end();
                }
            });
        } else {
            long from = offset;
            long count = length;
            ctx.vertx().executeBlocking(() -> {
                try (java.io.InputStream in = file.openRange(from, count)) {
                    return in.readAllBytes();
                }
            }, false)
                    .onFailure(ctx::fail)
                    .onSuccess(bytes -> response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(bytes.length))
                            .end(io.vertx.core.buffer.Buffer.buffer(bytes)));
        }
    }
}
