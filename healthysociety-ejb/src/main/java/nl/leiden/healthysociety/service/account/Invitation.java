package nl.leiden.healthysociety.service.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.account.Account;

/** A beheerder invites a person of a partner organisation: their name, e-mail address (their login) and organisation. */
public record Invitation(
        @NotBlank(message = "{validation.required}") @Size(max = Account.DISPLAY_NAME_MAX, message = "{validation.tooLong}") String displayName,
        @NotBlank(message = "{validation.required}") @Size(max = Account.USERNAME_MAX, message = "{validation.tooLong}") @Email(message = "{validation.email}") String email,
        @NotNull(message = "{validation.required}") Long organisationId) {

    @Override
    public String toString() {
        return "Invitation[" + organisationId + "]";
    }
}
