package vn.hocso.platform.web;

/**
 * Paging parameters after clamping: page ≥ 0, 1 ≤ size ≤ {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    /** Clamps raw query parameters; {@code null} means the default. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
