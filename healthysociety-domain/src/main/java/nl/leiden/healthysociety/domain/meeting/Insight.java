package nl.leiden.healthysociety.domain.meeting;

import java.time.Instant;
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
import nl.leiden.healthysociety.domain.shared.Texts;

/** An insight a meeting produced, possibly in one of its theme groups. */
@Entity
@Table(name = "insight")
public class Insight {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_group_id")
    private ThemeGroup themeGroup;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Insight() {
        // for JPA
    }

    public Insight(Meeting meeting, ThemeGroup themeGroup, String text, Instant now) {
        if (themeGroup != null && !themeGroup.getMeeting().equals(meeting)) {
            throw new IllegalArgumentException("the theme group belongs to another meeting");
        }
        this.meeting = Objects.requireNonNull(meeting);
        this.themeGroup = themeGroup;
        this.text = Objects.requireNonNull(Texts.trimToNull(text));
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public ThemeGroup getThemeGroup() {
        return themeGroup;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Insight that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Insight.class.hashCode();
    }
}
