package nl.leiden.healthysociety.web.festival;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.festival.EditionData;
import nl.leiden.healthysociety.service.festival.EditionView;
import nl.leiden.healthysociety.service.festival.FestivalService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * Setting up a festival edition: its year, theme, days and call for sessions, then its venues, rooms and time
 * slots. For the Center's staff; every form keeps its input when refused.
 */
@Named
@ViewScoped
public class EditionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> EDITION_FIELDS = Map.of("year", "edition:year", "theme",
            "edition:theme", "firstDay", "edition:firstDay", "lastDay", "edition:lastDay", "callOpensAt",
            "edition:callOpensAt", "callClosesAt", "edition:callClosesAt");

    @Inject
    FestivalService service;

    @Inject
    Feedback feedback;

    private Long editionId;
    private EditionView edition;
    private Integer year = LocalDate.now().getYear() + 1;
    private String theme;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private LocalDateTime callOpensAt;
    private LocalDateTime callClosesAt;
    private String venueName;
    private String venueAddress;
    private Long roomVenue;
    private String roomName;
    private Integer roomCapacity;
    private String roomAccessibility;
    private LocalDate slotDay;
    private LocalTime slotFrom;
    private LocalTime slotTo;

    public void load() throws IOException {
        if (editionId == null) {
            return;
        }
        try {
            edition = service.edition(editionId);
            year = edition.year();
            theme = edition.theme();
            firstDay = edition.firstDay();
            lastDay = edition.lastDay();
            callOpensAt = edition.callOpensAt();
            callClosesAt = edition.callClosesAt();
            slotDay = firstDay;
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void saveEdition() throws IOException {
        EditionData data = new EditionData(year, theme, firstDay, lastDay, callOpensAt, callClosesAt);
        try {
            EditionView saved = edition == null
                    ? service.createEdition(data)
                    : service.updateEdition(edition.id(), data);
            feedback.infoAfterRedirect("page.edition.saved", saved.year());
            Responses.redirect("/intranet/festival-editie.xhtml?editie=" + saved.id());
        } catch (BusinessException e) {
            feedback.show(e, EDITION_FIELDS);
        }
    }

    public void addVenue() {
        if (run(() -> service.addVenue(edition.id(), venueName, venueAddress),
                Map.of("name", "venue:venueName"))) {
            venueName = null;
            venueAddress = null;
            feedback.info("page.edition.venueAdded");
        }
    }

    public void addRoom() {
        if (roomVenue == null) {
            feedback.error("page.edition.chooseVenue");
            return;
        }
        if (run(() -> service.addRoom(roomVenue, roomName, roomCapacity, roomAccessibility),
                Map.of("name", "room:roomName", "capacity", "room:roomCapacity", "accessibility",
                        "room:roomAccessibility"))) {
            roomName = null;
            roomCapacity = null;
            roomAccessibility = null;
            feedback.info("page.edition.roomAdded");
        }
    }

    public void addSlot() {
        if (run(() -> service.addSlot(edition.id(), slotDay, slotFrom, slotTo),
                Map.of("day", "slot:slotDay", "startsAt", "slot:slotFrom", "endsAt", "slot:slotTo"))) {
            slotFrom = null;
            slotTo = null;
            feedback.info("page.edition.slotAdded");
        }
    }

    private boolean run(Runnable change, Map<String, String> fields) {
        try {
            change.run();
            edition = service.edition(edition.id());
            return true;
        } catch (BusinessException e) {
            feedback.show(e, fields);
            return false;
        }
    }

    public EditionView getEdition() {
        return edition;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public LocalDateTime getCallOpensAt() {
        return callOpensAt;
    }

    public void setCallOpensAt(LocalDateTime callOpensAt) {
        this.callOpensAt = callOpensAt;
    }

    public LocalDateTime getCallClosesAt() {
        return callClosesAt;
    }

    public void setCallClosesAt(LocalDateTime callClosesAt) {
        this.callClosesAt = callClosesAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public Long getRoomVenue() {
        return roomVenue;
    }

    public void setRoomVenue(Long roomVenue) {
        this.roomVenue = roomVenue;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }

    public Integer getRoomCapacity() {
        return roomCapacity;
    }

    public void setRoomCapacity(Integer roomCapacity) {
        this.roomCapacity = roomCapacity;
    }

    public String getRoomAccessibility() {
        return roomAccessibility;
    }

    public void setRoomAccessibility(String roomAccessibility) {
        this.roomAccessibility = roomAccessibility;
    }

    public LocalDate getSlotDay() {
        return slotDay;
    }

    public void setSlotDay(LocalDate slotDay) {
        this.slotDay = slotDay;
    }

    public LocalTime getSlotFrom() {
        return slotFrom;
    }

    public void setSlotFrom(LocalTime slotFrom) {
        this.slotFrom = slotFrom;
    }

    public LocalTime getSlotTo() {
        return slotTo;
    }

    public void setSlotTo(LocalTime slotTo) {
        this.slotTo = slotTo;
    }
}
