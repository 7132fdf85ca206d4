package nl.leiden.healthysociety.web.festival;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.festival.EditionView;
import nl.leiden.healthysociety.service.festival.ProgrammeService;
import nl.leiden.healthysociety.service.festival.ProgrammeView;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * Making the programme: the grid of rooms and time slots per day, the accepted sessions placed in it or still
 * waiting, the conflicts, and publishing. A session is placed by choosing it, a room and a slot (which works with
 * the keyboard); publishing asks for confirmation and is refused while there are conflicts.
 */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("roomId", "place:room", "slotId", "place:slot");

    @Inject
    ProgrammeService service;

    @Inject
    Feedback feedback;

    private Long editionId;
    private ProgrammeView programme;
    private Long proposalId;
    private Long roomId;
    private Long slotId;

    public void load() throws IOException {
        try {
            programme = service.programme(editionId == null ? 0 : editionId);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void place() {
        if (proposalId == null) {
            feedback.error("page.programme.chooseSession");
            return;
        }
        try {
            programme = service.place(proposalId, roomId, slotId);
            feedback.info(roomId == null ? "page.programme.removed" : "page.programme.placed");
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    /** A session card dropped on a room and slot in the grid (parameters from programme.js). */
    public void placeDropped() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        try {
            proposalId = Long.valueOf(parameters.get("proposal"));
            roomId = Long.valueOf(parameters.get("room"));
            slotId = Long.valueOf(parameters.get("slot"));
        } catch (NumberFormatException e) {
            feedback.error("page.programme.chooseSession");
            return;
        }
        place();
    }

    public void unplace() {
        roomId = null;
        slotId = null;
        place();
    }

    public void publish() {
        try {
            programme = service.publish(programme.editionId());
            feedback.info("page.programme.publishedDone");
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    /** The festival days that have slots, in order. */
    public List<LocalDate> getDays() {
        return programme.slots().stream().map(EditionView.SlotView::day).distinct().sorted().toList();
    }

    public List<EditionView.SlotView> slotsOn(LocalDate day) {
        return programme.slots().stream().filter(slot -> slot.day().equals(day)).toList();
    }

    /** The sessions placed in this room and slot (more than one is a conflict). */
    public List<ProgrammeView.SessionCard> at(long room, long slot) {
        return programme.placed()
                .stream()
                .filter(card -> card.roomId() == room && card.slotId() == slot)
                .toList();
    }

    public List<ProgrammeView.SessionCard> getSessions() {
        return Stream.concat(programme.unplaced().stream(), programme.placed().stream()).toList();
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public void setProposalId(Long proposalId) {
        this.proposalId = proposalId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getSlotId() {
        return slotId;
    }

    public void setSlotId(Long slotId) {
        this.slotId = slotId;
    }
}
