package vn.hocso.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A topic of the city's training plan (T1 leading digital transformation … T8 AI and coding), measured by one
 * competency: the item with human code {@link #itemCode} in any version of the framework {@link #frameworkCode}.
 */
@Entity
@Table(name = "plan_topic")
public class PlanTopic {

    @Id
    public String code;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    /** Rank (1 = lowest, by ordinal) of the framework's level from which the competency counts as advanced. */
    @Column(name = "advanced_rank", nullable = false)
    public int advancedRank;

    /** The name in the language ({@code en} or Vietnamese). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : name;
    }
}
