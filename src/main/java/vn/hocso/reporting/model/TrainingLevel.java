package vn.hocso.reporting.model;

/**
 * The level of training a plan target asks for: {@code BASIC} ("cơ bản") is met by the topic's competency at any level,
 * {@code ADVANCED} ("nâng cao") by its advanced level or above (see {@link PlanTopic#advancedRank}).
 */
public enum TrainingLevel { BASIC, ADVANCED }
