package nl.leiden.healthysociety.domain.festival;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.leiden.healthysociety.domain.shared.Texts;

/** Someone who speaks at a session, with a short bio for the programme. */
@Embeddable
public class Speaker {

    public static final int NAME_MAX = 100;
    public static final int BIO_MAX = 1000;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "bio", length = BIO_MAX)
    private String bio;

    protected Speaker() {
        // for JPA
    }

    public Speaker(String name, String bio) {
        this.name = Objects.requireNonNull(Texts.trimToNull(name));
        this.bio = Texts.trimToNull(bio);
    }

    /** The key under which two sessions have the same speaker: the name, case and accents ignored. */
    public String key() {
        return Texts.searchKey(name);
    }

    public String getName() {
        return name;
    }

    public String getBio() {
        return bio;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Speaker that && name.equals(that.name) && Objects.equals(bio, that.bio);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, bio);
    }
}
