package vn.hocso.platform.web;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the rows of this page
 * @param total rows matching the query in all pages
 * @param page zero-based page number
 * @param size page size requested
 */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    /** Number of pages (at least 1, so an empty list still has "page 1 of 1"). */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** One-based page number, for people. */
    public int number() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    /** The same page with its rows mapped. */
    public <R> PageResult<R> map(java.util.function.Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
