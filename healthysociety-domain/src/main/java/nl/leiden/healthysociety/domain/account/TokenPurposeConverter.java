package nl.leiden.healthysociety.domain.account;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores what a one-time account link is for by name. */
@Converter(autoApply = true)
public class TokenPurposeConverter extends EnumNameConverter<TokenPurpose> {

    public TokenPurposeConverter() {
        super(TokenPurpose.class);
    }
}
