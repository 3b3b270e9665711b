package vn.hocso.lrs.validation;

/**
 * A statement or request that breaks the xAPI rules. The message names the offending property by its JSON path
 * (e.g. {@code actor.mbox}, {@code context.contextActivities.parent[0].id}) and says what is wrong; the LRS answers
 * 400 with it. Nothing of a request that fails validation is stored.
 */
public class XapiValidationException extends RuntimeException {

    private final String path;

    public XapiValidationException(String path, String problem) {
        super(path == null || path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
    }

    /** JSON path of the offending property ("" for the whole statement). */
    public String path() {
        return path;
    }
}
