package nl.leiden.healthysociety.domain.mail;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link MailStatus} by name. */
@Converter(autoApply = true)
public class MailStatusConverter extends EnumNameConverter<MailStatus> {

    public MailStatusConverter() {
        super(MailStatus.class);
    }
}
