package nl.leiden.healthysociety.web.festival;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.festival.PublicProgramme;
import nl.leiden.healthysociety.service.festival.VisitorService;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * The public programme of one festival year, by day, filtered on theme and room by plain request parameters: a
 * visitor who only reads gets no session.
 */
@Named
@RequestScoped
public class PublicProgrammeBacking {

    @Inject
    VisitorService service;

    private Integer year;
    private String theme;
    private String room;
    private PublicProgramme programme;
    private List<PublicProgramme.Day> days;

    public void load() throws IOException {
        try {
            programme = year == null ? service.latest() : service.programme(year);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    /** The days with only the sessions of the chosen theme and room (all when none is chosen). */
    public List<PublicProgramme.Day> getDays() {
        if (days == null) {
            days = filteredDays();
        }
        return days;
    }

    private List<PublicProgramme.Day> filteredDays() {
        return programme.days()
                .stream()
                .map(day -> new PublicProgramme.Day(day.day(), day.sessions()
                        .stream()
                        .filter(session -> chosen(theme, session.theme()) && chosen(room, session.room()))
                        .toList()))
                .filter(day -> !day.sessions().isEmpty())
                .toList();
    }

    private static boolean chosen(String choice, String value) {
        return choice == null || choice.isBlank() || choice.equals(value);
    }

    public List<String> getRooms() {
        return programme.days()
                .stream()
                .flatMap(day -> day.sessions().stream())
                .map(PublicProgramme.Session::room)
                .distinct()
                .sorted()
                .toList();
    }

    public List<String> getThemes() {
        return programme.days()
                .stream()
                .flatMap(day -> day.sessions().stream())
                .map(PublicProgramme.Session::theme)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    public PublicProgramme getProgramme() {
        return programme;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
