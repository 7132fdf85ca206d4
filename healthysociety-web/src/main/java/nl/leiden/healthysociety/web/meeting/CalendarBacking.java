package nl.leiden.healthysociety.web.meeting;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.meeting.PublicMeeting;
import nl.leiden.healthysociety.service.meeting.RegistrationService;

/** The public calendar of Kenniscafés and Beleidslabs. */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    RegistrationService service;

    private List<PublicMeeting> meetings;

    public List<PublicMeeting> getMeetings() {
        if (meetings == null) {
            meetings = service.upcoming();
        }
        return meetings;
    }
}
