package vn.hocso.reporting.model;

/** The periodic reports of the plan: yearly (districts to the city before 10/12) and monthly (before the 25th). */
public enum ReportKind { ANNUAL, MONTHLY }
