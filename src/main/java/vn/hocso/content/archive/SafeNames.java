package vn.hocso.content.archive;

import java.util.Optional;

/**
 * The one rule for relative names that are safe to use as paths: zip entry names and content-store keys.
 *
 * <p>A safe name is non-empty, at most {@value #MAX_LENGTH} characters, uses {@code /} as the only separator, does
 * not start with {@code /}, has no empty, {@code .} or {@code ..} segment (a single trailing {@code /} marks a folder
 * and is allowed), and contains no backslash, colon (drive letters, URL schemes, NTFS streams) or control character
 * (U+0000–U+001F, U+007F–U+009F).
 */
public final class SafeNames {

    /** Longest accepted name, in characters. */
    public static final int MAX_LENGTH = 1024;

    private SafeNames() {
    }

    /**
     * @param name a zip entry name or store key
     * @return why the name is unsafe (English), or empty when it is safe
     */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("the name is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of("it contains a control character");
            }
            if (c == '\\') {
                return Optional.of("it contains a backslash");
            }
            if (c == ':') {
                return Optional.of("it contains a colon (drive letter or scheme)");
            }
        }
        if (name.startsWith("/")) {
            return Optional.of("it is an absolute path");
        }
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : body.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("it contains a '..' segment");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return Optional.of("it contains an empty or '.' segment");
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a name to check
     * @return the name
     * @throws PackageRejected {@code zip.unsafePath} when {@link #problem(String)} finds a problem
     */
    public static String requireSafe(String name) {
        problem(name).ifPresent(p -> {
            throw new PackageRejected(PackageRejected.Reason.UNSAFE_PATH, printable(name), p);
        });
        return name;
    }

    /**
     * @param name any text, or null
     * @return the text with control characters written as {@code \\uXXXX}, safe to show in a message or a log
     */
    public static String printable(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
