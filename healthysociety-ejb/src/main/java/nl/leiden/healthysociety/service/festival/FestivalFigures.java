package nl.leiden.healthysociety.service.festival;

import java.util.List;

/** How the festival went: per session, and totalled per theme and per organisation. */
public record FestivalFigures(int year, List<SessionFigures> sessions, List<Total> byTheme,
        List<Total> byOrganisation) {

    /** One session's seats and turnout. */
    public record SessionFigures(String title, String organisation, String theme, String room, int capacity,
            long confirmed, long waiting, long present, long noShow) {
    }

    /** Sessions, confirmed registrations and people present, added up for one theme or organisation. */
    public record Total(String name, int sessions, long confirmed, long present) {
    }
}
