package vn.hocso.lrs.validation;

/**
 * The JSON path of a property inside a statement, built as a cheap linked list while the validator walks the tree and
 * turned into text ({@code context.contextActivities.parent[0].id}) only when a statement is rejected.
 */
final class Path {

    static final Path ROOT = new Path(null, null, -1);

    private final Path parent;
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The path of property {@code name} of the object at this path. */
    Path child(String name) {
        return new Path(this, name, -1);
    }

    /** The path of element {@code i} of the array at this path. */
    Path at(int i) {
        return new Path(this, null, i);
    }

    /** Rejects the statement, naming this path. */
    XapiValidationException fail(String problem) {
        throw new XapiValidationException(toString(), problem);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(48);
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.append(sb);
        if (name == null) {
            sb.append('[').append(index).append(']');
        } else {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
        }
    }
}
