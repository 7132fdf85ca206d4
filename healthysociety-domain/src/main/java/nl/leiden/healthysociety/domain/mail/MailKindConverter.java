package nl.leiden.healthysociety.domain.mail;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link MailKind} by name. */
@Converter(autoApply = true)
public class MailKindConverter extends EnumNameConverter<MailKind> {

    public MailKindConverter() {
        super(MailKind.class);
    }
}
