package nl.leiden.healthysociety.web.meeting;

import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.meeting.Attendance;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.meeting.AttendanceService;
import nl.leiden.healthysociety.service.meeting.MeetingDetails;
import nl.leiden.healthysociety.service.meeting.MeetingService;
import nl.leiden.healthysociety.service.meeting.RegistrantRow;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * Checking people in at the door, on a tablet: everyone with a seat by name, a search field, and large buttons for
 * present and no-show.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    AttendanceService attendance;

    @Inject
    Feedback feedback;

    private Long id;
    private MeetingDetails meeting;
    private List<RegistrantRow> seated;
    private String search;

    public void load() throws IOException {
        try {
            meeting = meetings.details(id);
            if (!meeting.maySeeRegistrations()) {
                Responses.error(403);
                return;
            }
            refresh();
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    private void refresh() {
        seated = meetings.registrations(id)
                .stream()
                .filter(row -> row.status() == RegistrationStatus.CONFIRMED)
                .sorted(Comparator.comparing((RegistrantRow row) -> Texts.searchKey(row.name())))
                .toList();
    }

    public void present(long registrationId) {
        record(registrationId, Attendance.PRESENT);
    }

    public void noShow(long registrationId) {
        record(registrationId, Attendance.NO_SHOW);
    }

    public void undo(long registrationId) {
        record(registrationId, null);
    }

    private void record(long registrationId, Attendance value) {
        try {
            attendance.record(id, registrationId, value);
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
        refresh();
    }

    /** The people with a seat whose name or organisation contains the search text. */
    public List<RegistrantRow> getShown() {
        String key = Texts.searchKey(search);
        if (key.isEmpty()) {
            return seated;
        }
        return seated.stream()
                .filter(row -> Texts.searchKey(row.name()).contains(key)
                        || Texts.searchKey(row.organisation()).toLowerCase(Locale.ROOT).contains(key))
                .toList();
    }

    public long getPresentCount() {
        return seated.stream().filter(row -> row.attendance() == Attendance.PRESENT).count();
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

    public List<RegistrantRow> getSeated() {
        return seated;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
