package nl.leiden.healthysociety.domain.festival;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A time slot on one festival day, in Leiden's local time; sessions are placed in a room and a slot. */
@Entity
@Table(name = "festival_slot")
public class TimeSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @Column(name = "slot_day", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected TimeSlot() {
        // for JPA
    }

    public TimeSlot(Edition edition, LocalDate day, LocalTime startsAt, LocalTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a slot ends after it starts");
        }
        if (!edition.includes(day)) {
            throw new IllegalArgumentException("a slot lies on one of the festival's days");
        }
        this.edition = Objects.requireNonNull(edition);
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    /** True when the two slots share some time on the same day. */
    public boolean overlaps(TimeSlot other) {
        return day.equals(other.getDay()) && startsAt.isBefore(other.getEndsAt())
                && other.getStartsAt().isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TimeSlot that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return TimeSlot.class.hashCode();
    }
}
