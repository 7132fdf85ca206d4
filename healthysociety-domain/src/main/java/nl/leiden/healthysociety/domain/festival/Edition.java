package nl.leiden.healthysociety.domain.festival;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * One year's Leids Kennisfestival: its theme and days, and when the call for session proposals is open. Once the
 * programme is published it is public.
 */
@Entity
@Table(name = "festival_edition")
public class Edition {

    public static final int THEME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "festival_year", nullable = false)
    private int year;

    @Column(name = "theme", nullable = false, length = THEME_MAX)
    private String theme;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "call_opens_at", nullable = false)
    private Instant callOpensAt;

    @Column(name = "call_closes_at", nullable = false)
    private Instant callClosesAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Edition() {
        // for JPA
    }

    public Edition(int year, String theme, LocalDate firstDay, LocalDate lastDay, Instant callOpensAt,
            Instant callClosesAt, Instant now) {
        this.year = year;
        this.createdAt = now;
        describe(theme, firstDay, lastDay, callOpensAt, callClosesAt);
    }

    public void describe(String newTheme, LocalDate newFirstDay, LocalDate newLastDay, Instant opens,
            Instant closes) {
        if (newLastDay.isBefore(newFirstDay) || !closes.isAfter(opens)) {
            throw new IllegalArgumentException("the festival ends after it starts, the call closes after it opens");
        }
        this.theme = Objects.requireNonNull(Texts.trimToNull(newTheme));
        this.firstDay = newFirstDay;
        this.lastDay = newLastDay;
        this.callOpensAt = opens;
        this.callClosesAt = closes;
    }

    public boolean isCallOpenAt(Instant now) {
        return !now.isBefore(callOpensAt) && now.isBefore(callClosesAt);
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public void publish(Instant now) {
        this.publishedAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getYear() {
        return year;
    }

    public String getTheme() {
        return theme;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getCallOpensAt() {
        return callOpensAt;
    }

    public Instant getCallClosesAt() {
        return callClosesAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Edition that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Edition.class.hashCode();
    }
}
