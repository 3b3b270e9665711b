package vn.hocso.competency.model;

/** What a piece of evidence says. */
public enum EvidenceKind {
    /** the learner completed a module (may carry the module's scaled score) */
    MODULE_COMPLETED,
    /** the learner passed a module (may carry the module's scaled score) */
    MODULE_PASSED,
    /** a scaled score in a module without completion or success of the whole module (a cmi5 AU passed) */
    MODULE_SCORE,
    /** a recognised prior qualification, recorded by an administrator against an item and level */
    PRIOR_QUALIFICATION;

    public boolean isModule() {
        return this != PRIOR_QUALIFICATION;
    }
}
