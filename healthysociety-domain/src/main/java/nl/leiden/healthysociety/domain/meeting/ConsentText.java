package nl.leiden.healthysociety.domain.meeting;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a consent text shown on a form (registering for a meeting, asking a question). Versions are never changed, only added (by a
 * migration), so every registration keeps the exact text its registrant agreed to.
 */
@Entity
@Table(name = "consent_text")
public class ConsentText {

    /** The consent for registering for a meeting. */
    public static final String MEETING = "MEETING";
    /** The consent for asking the Meeting Point a question. */
    public static final String QUESTION = "QUESTION";

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "text_nl", nullable = false, length = 2000)
    private String textNl;

    @Column(name = "text_en", nullable = false, length = 2000)
    private String textEn;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    /** What the consent is for: {@link #MEETING} or {@link #QUESTION}. */
    @Column(name = "purpose", nullable = false, length = 20)
    private String purpose;

    protected ConsentText() {
        // for JPA
    }

    public int getVersion() {
        return version;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getValidFrom() {
        return validFrom;
    }
}
