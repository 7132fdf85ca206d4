package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.meeting.ThemeGroup;

/** What is filled in for a meeting; times are Leiden's local time. */
public record MeetingData(
        @NotNull(message = "{validation.required}") MeetingType type,
        @NotBlank(message = "{validation.required}") @Size(max = Meeting.TITLE_MAX, message = "{validation.tooLong}") String title,
        @Size(max = Meeting.TOPIC_MAX, message = "{validation.tooLong}") String topic,
        Long themeId,
        @Size(max = Meeting.DESCRIPTION_MAX, message = "{validation.tooLong}") String description,
        @NotNull(message = "{validation.required}") LocalDateTime startsAt,
        @NotNull(message = "{validation.required}") LocalDateTime endsAt,
        @NotBlank(message = "{validation.required}") @Size(max = Meeting.LOCATION_MAX, message = "{validation.tooLong}") String location,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.meeting.capacity}") @Max(value = Meeting.CAPACITY_MAX, message = "{validation.meeting.capacity}") Integer capacity,
        @Size(max = Meeting.AUDIENCE_MAX, message = "{validation.tooLong}") String audience,
        @NotEmpty(message = "{validation.meeting.organiserRequired}") Set<Long> organiserIds,
        LocalDateTime registrationOpensAt,
        LocalDateTime registrationClosesAt,
        List<@Size(max = ThemeGroup.NAME_MAX, message = "{validation.tooLong}") String> themeGroups) {

    public MeetingData {
        organiserIds = organiserIds == null ? Set.of() : Set.copyOf(organiserIds);
        themeGroups = themeGroups == null ? List.of() : themeGroups.stream().filter(name -> name != null).toList();
    }

    @Override
    public String toString() {
        return "MeetingData[" + type + ", " + startsAt + "]";
    }
}
