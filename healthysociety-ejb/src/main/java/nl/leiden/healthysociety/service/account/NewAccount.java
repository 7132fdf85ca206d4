package nl.leiden.healthysociety.service.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.Role;

/**
 * What a beheerder fills in to create an account; the e-mail address (optional) is where the person hears about
 * work assigned to them. The organisation is required for a partner and must be empty
 * otherwise; the service checks that rule.
 */
public record NewAccount(
        @NotBlank(message = "{validation.required}") @Size(max = Account.USERNAME_MAX, message = "{validation.tooLong}") @Pattern(regexp = "^[A-Za-z0-9._@-]*$", message = "{validation.username}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = Account.DISPLAY_NAME_MAX, message = "{validation.tooLong}") String displayName,
        @NotNull(message = "{validation.required}") Role role,
        Long organisationId,
        @Size(max = Account.EMAIL_MAX, message = "{validation.tooLong}") @Email(message = "{validation.email}") String email,
        @NotNull(message = "{validation.required}") @Size(min = NewAccount.PASSWORD_MIN, max = NewAccount.PASSWORD_MAX, message = "{validation.passwordLength}") String password) {

    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    @Override
    public String toString() {
        return "NewAccount[" + role + "]";
    }
}
