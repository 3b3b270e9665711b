package vn.hocso.content.delivery;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of a package file, from an allow-list by extension; anything else is served as
 * {@code application/octet-stream} (with {@code nosniff}, the browser then neither renders nor runs it).
 */
public final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("xhtml", "application/xhtml+xml"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("xsd", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("vtt", "text/vtt; charset=utf-8"), Map.entry("srt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"),
            Map.entry("bmp", "image/bmp"), Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("ogv", "video/ogg"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"), Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"),
            Map.entry("eot", "application/vnd.ms-fontobject"), Map.entry("pdf", "application/pdf"),
            Map.entry("swf", "application/x-shockwave-flash"), Map.entry("wasm", "application/wasm"));

    private ContentTypes() {
    }

    /** The media type for a file name. */
    public static String of(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        if (dot <= slash) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
