package nl.leiden.healthysociety.domain.accord;

import java.math.BigDecimal;
import java.time.Instant;

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
import nl.leiden.healthysociety.domain.reference.Area;

/**
 * An indicator's value for one period (a year) and one area, with an optional margin, source and note. There is
 * at most one per indicator, period and area. Illustrative values (the demo data) are labelled as such on screen.
 */
@Entity
@Table(name = "measurement")
public class Measurement {

    public static final int SOURCE_MAX = 200;
    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @Column(name = "period", nullable = false)
    private int period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private Area area;

    @Column(name = "measured", nullable = false, precision = 12, scale = 3)
    private BigDecimal value;

    @Column(name = "margin", precision = 12, scale = 3)
    private BigDecimal margin;

    @Column(name = "source", length = SOURCE_MAX)
    private String source;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "illustrative", nullable = false)
    private boolean illustrative;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Measurement() {
        // for JPA
    }

    public Measurement(Indicator indicator, int period, Area area, BigDecimal value, Instant recordedAt) {
        this.indicator = indicator;
        this.period = period;
        this.area = area;
        this.value = value;
        this.recordedAt = recordedAt;
    }

    /** Sets the figures; replacing a measurement keeps its place (indicator, period, area) and takes new figures. */
    public void record(BigDecimal newValue, BigDecimal newMargin, String newSource, String newNote,
            boolean newIllustrative, Instant at) {
        this.value = newValue;
        this.margin = newMargin;
        this.source = newSource;
        this.note = newNote;
        this.illustrative = newIllustrative;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public int getPeriod() {
        return period;
    }

    public Area getArea() {
        return area;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getMargin() {
        return margin;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Measurement that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Measurement.class.hashCode();
    }
}
