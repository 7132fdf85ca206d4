package nl.leiden.healthysociety.domain.account;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores where an account's password is checked by name. */
@Converter(autoApply = true)
public class AccountSourceConverter extends EnumNameConverter<AccountSource> {

    public AccountSourceConverter() {
        super(AccountSource.class);
    }
}
