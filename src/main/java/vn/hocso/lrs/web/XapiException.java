package vn.hocso.lrs.web;

/**
 * An xAPI request the LRS refuses, with the HTTP status the specification asks for (400, 401, 403, 404, 409, 412, 413)
 * and a message for the client's developer.
 */
public class XapiException extends RuntimeException {

    private final int status;

    public XapiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static XapiException badRequest(String message) {
        return new XapiException(400, message);
    }

    public static XapiException notFound(String message) {
        return new XapiException(404, message);
    }

    public static XapiException forbidden(String message) {
        return new XapiException(403, message);
    }

    public static XapiException conflict(String message) {
        return new XapiException(409, message);
    }

    public static XapiException preconditionFailed(String message) {
        return new XapiException(412, message);
    }
}
