package nl.leiden.healthysociety.domain.accord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An ambition as part of one accord: its place in that accord and the text a medewerker writes about it for that
 * accord's progress report.
 */
@Entity
@Table(name = "accord_ambition")
public class AccordAmbition {

    public static final int REPORT_TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "accord_id", nullable = false)
    private PreventionAccord accord;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "ambition_id", nullable = false)
    private Ambition ambition;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "report_text", length = REPORT_TEXT_MAX)
    private String reportText;

    protected AccordAmbition() {
        // for JPA
    }

    AccordAmbition(PreventionAccord accord, Ambition ambition, int sortOrder) {
        this.accord = accord;
        this.ambition = ambition;
        this.sortOrder = sortOrder;
    }

    public void writeReportText(String text) {
        this.reportText = text;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PreventionAccord getAccord() {
        return accord;
    }

    public Ambition getAmbition() {
        return ambition;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getReportText() {
        return reportText;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AccordAmbition that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return AccordAmbition.class.hashCode();
    }
}
