package nl.leiden.healthysociety.domain.meeting;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of the consent text shown on the registration form. Versions are never changed, only added (by a
 * migration), so every registration keeps the exact text its registrant agreed to.
 */
@Entity
@Table(name = "consent_text")
public class ConsentText {

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "text_nl", nullable = false, length = 2000)
    private String textNl;

    @Column(name = "text_en", nullable = false, length = 2000)
    private String textEn;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    protected ConsentText() {
        // for JPA
    }

    public int getVersion() {
        return version;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }

    public Instant getValidFrom() {
        return validFrom;
    }
}
