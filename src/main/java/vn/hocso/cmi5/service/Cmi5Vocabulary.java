package vn.hocso.cmi5.service;

/** IRIs of the cmi5 specification. */
public final class Cmi5Vocabulary {

    /** The category activity every cmi5-defined statement carries. */
    public static final String CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String EXT = "https://w3id.org/xapi/cmi5/context/extensions/";
    public static final String SESSION_ID = EXT + "sessionid";
    public static final String LAUNCH_MODE = EXT + "launchmode";
    public static final String LAUNCH_URL = EXT + "launchurl";
    public static final String MOVE_ON = EXT + "moveon";
    public static final String LAUNCH_PARAMETERS = EXT + "launchparameters";
    public static final String MASTERY_SCORE = EXT + "masteryscore";
    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    /** State id of the launch data document. */
    public static final String LAUNCH_DATA = "LMS.LaunchData";
    /** Agent profile id of the learner preferences. */
    public static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    private Cmi5Vocabulary() {
    }
}
