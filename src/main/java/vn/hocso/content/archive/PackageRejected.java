package vn.hocso.content.archive;

import java.util.List;

/**
 * A package cannot be imported. Carries an HTTP status, a stable code the web layer translates, the arguments the
 * translation needs (e.g. the offending entry name) and an English message a person understands.
 *
 * <table>
 * <caption>Codes</caption>
 * <tr><th>code</th><th>status</th><th>args</th><th>meaning</th></tr>
 * <tr><td>zip.notZip</td><td>400</td><td>detail</td><td>not a zip file, or its central directory is unreadable</td></tr>
 * <tr><td>zip.unsafePath</td><td>400</td><td>name, reason</td><td>an entry name is absolute, has {@code ..},
 *     {@code .} or empty segments, a backslash, a colon, a control character, or is empty or too long</td></tr>
 * <tr><td>zip.symlink</td><td>400</td><td>name</td><td>an entry is a symbolic link (unix mode 0120000)</td></tr>
 * <tr><td>zip.specialFile</td><td>400</td><td>name</td><td>an entry is a device, FIFO or socket</td></tr>
 * <tr><td>zip.duplicate</td><td>400</td><td>name</td><td>two entries have the same name, or a name is both a file
 *     and a folder</td></tr>
 * <tr><td>zip.sizeMismatch</td><td>400</td><td>name, declared</td><td>an entry inflates to another size than its
 *     header declares</td></tr>
 * <tr><td>zip.tooManyEntries</td><td>413</td><td>count, limit</td><td>more entries than allowed</td></tr>
 * <tr><td>zip.tooLarge</td><td>413</td><td>limit</td><td>the entries together exceed the size limit</td></tr>
 * <tr><td>zip.ratio</td><td>413</td><td>name, limit</td><td>an entry's compression ratio is suspiciously high</td></tr>
 * <tr><td>descriptor.missing</td><td>422</td><td></td><td>no imsmanifest.xml, cmi5.xml or tincan.xml anywhere</td></tr>
 * <tr><td>descriptor.nestedOnly</td><td>422</td><td>folder, file</td><td>the descriptor is in a sub-folder, not at
 *     the root</td></tr>
 * <tr><td>descriptor.tooLarge</td><td>413</td><td>file, limit</td><td>a descriptor is larger than allowed</td></tr>
 * <tr><td>descriptor.doctype</td><td>422</td><td>file</td><td>a descriptor has a DOCTYPE (refused: XXE)</td></tr>
 * <tr><td>descriptor.invalid</td><td>422</td><td>file, detail</td><td>a descriptor is not well-formed or not
 *     what its standard requires</td></tr>
 * <tr><td>descriptor.noLaunch</td><td>422</td><td>file</td><td>the descriptor names nothing a learner can
 *     launch</td></tr>
 * <tr><td>launch.missing</td><td>422</td><td>id, path</td><td>a launch file is not in the package</td></tr>
 * <tr><td>launch.outside</td><td>422</td><td>id, href</td><td>a launch href points outside the package</td></tr>
 * <tr><td>cmi5.invalid</td><td>422</td><td>detail</td><td>cmi5.xml breaks the schema or the cmi5 import
 *     rules</td></tr>
 * </table>
 */
public class PackageRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Every rejection reason: its stable code, HTTP status and English message template ({0}, {1} = args). */
    public enum Reason {
        /** Not a zip, or a damaged one. */
        NOT_ZIP("zip.notZip", 400, "The file is not a readable zip archive ({0})."),
        /** Dangerous or malformed entry name. */
        UNSAFE_PATH("zip.unsafePath", 400, "The zip entry \"{0}\" has an unsafe name: {1}."),
        /** Symbolic link entry. */
        SYMLINK("zip.symlink", 400, "The zip entry \"{0}\" is a symbolic link; links are not allowed in packages."),
        /** Device, FIFO or socket entry. */
        SPECIAL_FILE("zip.specialFile", 400, "The zip entry \"{0}\" is not a regular file or folder."),
        /** Duplicate or conflicting names. */
        DUPLICATE("zip.duplicate", 400, "The zip holds \"{0}\" more than once (or as both a file and a folder)."),
        /** Entry inflates to another size than declared. */
        SIZE_MISMATCH("zip.sizeMismatch", 400,
                "The zip entry \"{0}\" does not have the size its header declares ({1} bytes); the zip is damaged "
                        + "or forged."),
        /** Too many entries. */
        TOO_MANY_ENTRIES("zip.tooManyEntries", 413, "The zip has {0} entries; at most {1} are allowed."),
        /** Too many bytes in total. */
        TOO_LARGE("zip.tooLarge", 413, "The unpacked package would be larger than the limit of {0} bytes."),
        /** Compression ratio too high (zip bomb). */
        RATIO("zip.ratio", 413,
                "The zip entry \"{0}\" is compressed more than {1} times; it looks like a zip bomb."),
        /** No descriptor at all. */
        DESCRIPTOR_MISSING("descriptor.missing", 422,
                "The package has no imsmanifest.xml (SCORM), cmi5.xml (cmi5) or tincan.xml (xAPI) at its root."),
        /** Descriptor only inside a folder. */
        DESCRIPTOR_NESTED_ONLY("descriptor.nestedOnly", 422,
                "The package''s {1} is inside the folder \"{0}\" instead of at the root of the zip. Zip the "
                        + "contents of that folder, not the folder itself."),
        /** Descriptor too large. */
        DESCRIPTOR_TOO_LARGE("descriptor.tooLarge", 413, "{0} is larger than the limit of {1} bytes."),
        /** DOCTYPE in a descriptor. */
        DESCRIPTOR_DOCTYPE("descriptor.doctype", 422,
                "{0} contains a DOCTYPE declaration, which is not allowed for security reasons."),
        /** Malformed descriptor. */
        DESCRIPTOR_INVALID("descriptor.invalid", 422, "{0} is not valid: {1}"),
        /** Nothing launchable. */
        DESCRIPTOR_NO_LAUNCH("descriptor.noLaunch", 422, "{0} does not name anything a learner can launch."),
        /** Launch file absent. */
        LAUNCH_MISSING("launch.missing", 422,
                "\"{0}\" launches \"{1}\", but that file is not in the package."),
        /** Launch href escapes the package. */
        LAUNCH_OUTSIDE("launch.outside", 422,
                "\"{0}\" launches \"{1}\", which points outside the package."),
        /** cmi5 rules broken. */
        CMI5_INVALID("cmi5.invalid", 422, "cmi5.xml is not valid: {0}");

        private final String code;
        private final int status;
        private final String template;

        Reason(String code, int status, String template) {
            this.code = code;
            this.status = status;
            this.template = template;
        }

        /** @return the stable code, e.g. {@code zip.unsafePath} */
        public String code() {
            return code;
        }

        /** @return the HTTP status: 400, 413 or 422 */
        public int status() {
            return status;
        }

        String format(List<String> args) {
            return new java.text.MessageFormat(template, java.util.Locale.ROOT).format(args.toArray());
        }
    }

    private final Reason reason;
    private final List<String> args;

    /**
     * @param reason why the package is refused
     * @param args values for the message (see the table in the class comment); nulls become "null"
     */
    public PackageRejected(Reason reason, String... args) {
        this(reason, null, args);
    }

    /**
     * @param reason why the package is refused
     * @param cause the underlying exception, or null
     * @param args values for the message
     */
    public PackageRejected(Reason reason, Throwable cause, String... args) {
        super(reason.format(List.of(nonNull(args))), cause);
        this.reason = reason;
        this.args = List.of(nonNull(args));
    }

    private static String[] nonNull(String[] args) {
        String[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = String.valueOf(copy[i]);
        }
        return copy;
    }

    /** @return the reason */
    public Reason reason() {
        return reason;
    }

    /** @return the stable code, e.g. {@code zip.symlink} */
    public String code() {
        return reason.code();
    }

    /** @return the HTTP status (400, 413 or 422) */
    public int status() {
        return reason.status();
    }

    /** @return the message arguments, in the order listed in the class comment */
    public List<String> args() {
        return args;
    }
}
