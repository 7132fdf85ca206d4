package nl.leiden.healthysociety.service.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.meeting.RegistrantKind;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * What a person fills in to register, without an account. The consent box must be ticked; the area is optional
 * and only used, anonymously, in the statistics. {@link #toString()} leaves the personal data out of logs.
 */
public record RegistrationData(
        @NotBlank(message = "{validation.required}") @Size(max = Registration.NAME_MAX, message = "{validation.tooLong}") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.registration.name}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = Registration.EMAIL_MAX, message = "{validation.tooLong}") @Email(message = "{validation.email}") @Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{validation.email}") String email,
        @Size(max = Registration.ORGANISATION_MAX, message = "{validation.tooLong}") String organisation,
        @NotNull(message = "{validation.required}") RegistrantKind kind,
        @Size(max = Registration.NEEDS_MAX, message = "{validation.tooLong}") String needs,
        Long areaId,
        @AssertTrue(message = "{validation.registration.consent}") boolean consent,
        String language) {

    public RegistrationData {
        // What people type around their name or address is not part of it.
        name = Texts.trimToNull(name);
        email = Texts.trimToNull(email);
        organisation = Texts.trimToNull(organisation);
        needs = Texts.trimToNull(needs);
    }

    public String languageOrDefault() {
        return "en".equals(language) ? "en" : "nl";
    }

    @Override
    public String toString() {
        return "RegistrationData[" + kind + "]";
    }
}
