package nl.leiden.healthysociety.web.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.meeting.MeetingService;
import nl.leiden.healthysociety.service.meeting.MeetingSummary;
import nl.leiden.healthysociety.web.i18n.Dates;

/** The intranet's list of meetings: coming ones first by default, or the past ones, latest first. */
@Named
@ViewScoped
public class MeetingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService service;

    private boolean past;
    private List<MeetingSummary> meetings;

    public List<MeetingSummary> getMeetings() {
        if (meetings == null) {
            LocalDateTime today = LocalDate.now(Dates.LEIDEN).atStartOfDay();
            if (past) {
                List<MeetingSummary> earlier = new ArrayList<>(service.list(null, today));
                Collections.reverse(earlier);
                meetings = earlier;
            } else {
                meetings = service.list(today, null);
            }
        }
        return meetings;
    }

    public boolean isPast() {
        return past;
    }

    public void setPast(boolean past) {
        this.past = past;
    }
}
