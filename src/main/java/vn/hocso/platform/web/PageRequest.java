package vn.hocso.platform.web;

/**
 * Paging parameters after clamping: 0 ≤ page ≤ {@value #MAX_PAGE_OFFSET} / size, 1 ≤ size ≤ {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    /** Pages beyond this many rows are not served (a far page number shows the last servable, empty, page). */
    public static final int MAX_PAGE_OFFSET = 10_000_000;

    /** Clamps raw query parameters; {@code null} means the default. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        return new PageRequest(Math.min(p, MAX_PAGE_OFFSET / s), s);
    }

    public int offset() {
        return page * size;
    }
}
