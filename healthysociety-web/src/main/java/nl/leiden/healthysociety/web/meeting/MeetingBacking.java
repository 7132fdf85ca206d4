package nl.leiden.healthysociety.web.meeting;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.meeting.AttendanceService;
import nl.leiden.healthysociety.service.meeting.MeetingDetails;
import nl.leiden.healthysociety.service.meeting.MeetingService;
import nl.leiden.healthysociety.service.meeting.MeetingStatistics;
import nl.leiden.healthysociety.service.meeting.RegistrantRow;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * A meeting on the intranet: its details, publishing and cancelling (after confirmation), the state of its e-mail,
 * and, for the Center's staff, who registered and the statistics.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService service;

    @Inject
    AttendanceService attendance;

    @Inject
    Feedback feedback;

    private Long id;
    private MeetingDetails meeting;
    private List<RegistrantRow> registrations;
    private MeetingStatistics statistics;
    private boolean confirmingCancel;

    public void load() throws IOException {
        try {
            refresh();
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    private void refresh() {
        meeting = service.details(id);
        if (meeting.maySeeRegistrations()) {
            registrations = service.registrations(id);
            statistics = attendance.statistics(id);
        }
    }

    public void publish() {
        try {
            service.publish(id);
            feedback.info("page.meeting.published");
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
        refresh();
    }

    public void askToCancel() {
        confirmingCancel = true;
    }

    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        try {
            service.cancel(id);
            feedback.info("page.meeting.cancelledDone");
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
        confirmingCancel = false;
        refresh();
    }

    public void retryMail() {
        int retried = service.retryFailedMail(id);
        feedback.info("page.meeting.mailRetried", retried);
        refresh();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }

    public List<RegistrantRow> getRegistrations() {
        return registrations;
    }

    public MeetingStatistics getStatistics() {
        return statistics;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }
}
