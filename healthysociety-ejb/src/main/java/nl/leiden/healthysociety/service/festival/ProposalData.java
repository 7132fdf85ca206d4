package nl.leiden.healthysociety.service.festival;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.festival.SessionFormat;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.festival.Speaker;

/** A session proposal as a partner fills it in. */
public record ProposalData(
        @NotNull(message = "{validation.required}") Long organisationId,
        @NotBlank(message = "{validation.required}") @Size(max = SessionProposal.TITLE_MAX, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = SessionProposal.ABSTRACT_MAX, message = "{validation.tooLong}") String summary,
        @NotNull(message = "{validation.required}") SessionFormat format,
        Long themeId,
        @Size(max = SessionProposal.AUDIENCE_MAX, message = "{validation.tooLong}") String audience,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.festival.participants}") @Max(value = 5000, message = "{validation.festival.participants}") Integer expectedParticipants,
        @NotNull(message = "{validation.required}") @Min(value = 15, message = "{validation.festival.duration}") @Max(value = 480, message = "{validation.festival.duration}") Integer durationMinutes,
        @Size(max = SessionProposal.NEEDS_MAX, message = "{validation.tooLong}") String needs,
        @NotEmpty(message = "{validation.festival.speakerRequired}") List<@Valid SpeakerData> speakers,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String contactName,
        @NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}") @Email(message = "{validation.email}") String contactEmail) {

    /** A speaker and a short bio. */
    public record SpeakerData(
            @NotBlank(message = "{validation.required}") @Size(max = Speaker.NAME_MAX, message = "{validation.tooLong}") String name,
            @Size(max = Speaker.BIO_MAX, message = "{validation.tooLong}") String bio) {
    }

    public ProposalData {
        speakers = speakers == null ? List.of() : speakers.stream().filter(speaker -> speaker != null).toList();
    }

    @Override
    public String toString() {
        return "ProposalData[" + organisationId + ", " + format + "]";
    }
}
