package vn.hocso.org.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The part of the organisation tree a caller may see: a set of subtrees, each given by its root's path. An empty scope
 * sees nothing. Nested paths are folded, so {@code /HCM/} and {@code /HCM/Q01/} become {@code /HCM/}.
 */
public record OrgScope(List<String> paths) {

    public OrgScope {
        List<String> sorted = paths.stream().distinct().sorted(Comparator.comparingInt(String::length)).toList();
        List<String> folded = new ArrayList<>();
        for (String p : sorted) {
            if (folded.stream().noneMatch(p::startsWith)) {
                folded.add(p);
            }
        }
        paths = List.copyOf(folded);
    }

    public static OrgScope of(Collection<String> paths) {
        return new OrgScope(List.copyOf(paths));
    }

    public static OrgScope none() {
        return new OrgScope(List.of());
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** True when the unit with this path lies in the scope. */
    public boolean covers(String path) {
        return paths.stream().anyMatch(path::startsWith);
    }

    public boolean covers(OrgUnit unit) {
        return covers(unit.path);
    }

    /** The scope narrowed to the subtree at {@code path}; empty when that subtree is outside the scope. */
    public OrgScope narrowTo(String path) {
        if (covers(path)) {
            return new OrgScope(List.of(path));
        }
        return new OrgScope(paths.stream().filter(p -> p.startsWith(path)).toList());
    }
}
