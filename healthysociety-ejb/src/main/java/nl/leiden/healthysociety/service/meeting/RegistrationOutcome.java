package nl.leiden.healthysociety.service.meeting;

import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;

/** How a registration turned out: a seat (confirmed) or a place on the waiting list (position from 1). */
public record RegistrationOutcome(RegistrationStatus status, long position) {
}
