package nl.leiden.healthysociety.service.festival;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.FestivalRepository;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.meeting.Attendance;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.exchange.ExportFile;
import nl.leiden.healthysociety.service.exchange.ExportFormat;
import nl.leiden.healthysociety.service.exchange.PdfDocument;
import nl.leiden.healthysociety.service.exchange.XlsxWriter;

/**
 * After the festival: registrations and attendance per session (recorded at the door with the meetings'
 * check-in), added up per theme and per organisation, and the same as a spreadsheet or PDF.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class FestivalFiguresService {

    private static final String NONE = "(geen thema)";
    private static final float[] COLUMNS = {0.3f, 0.2f, 0.14f, 0.09f, 0.09f, 0.09f, 0.09f};

    @Inject
    FestivalRepository festivals;

    @Inject
    MeetingRepository meetings;

    public FestivalFigures figures(long editionId) {
        Edition edition = festivals.edition(editionId)
                .orElseThrow(() -> new NotFoundException(FestivalService.NOT_FOUND));
        List<FestivalFigures.SessionFigures> sessions = new ArrayList<>();
        for (SessionProposal session : festivals.proposals(edition, null)) {
            Meeting meeting = session.getMeeting();
            if (meeting == null) {
                continue;
            }
            List<Registration> registrations = meetings.registrations(meeting);
            sessions.add(new FestivalFigures.SessionFigures(session.getTitle(), session.getOrganisation().getName(),
                    session.getTheme() == null ? NONE : session.getTheme().getName(), meeting.getLocation(),
                    meeting.getCapacity(), count(registrations, RegistrationStatus.CONFIRMED),
                    count(registrations, RegistrationStatus.WAITING), attended(registrations, Attendance.PRESENT),
                    attended(registrations, Attendance.NO_SHOW)));
        }
        sessions.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
        return new FestivalFigures(edition.getYear(), sessions, totals(sessions, FestivalFigures.SessionFigures::theme),
                totals(sessions, FestivalFigures.SessionFigures::organisation));
    }

    public ExportFile export(long editionId, ExportFormat format) {
        FestivalFigures figures = figures(editionId);
        String name = "kennisfestival-" + figures.year() + "-cijfers." + format.extension();
        byte[] content = switch (format) {
            case XLSX -> XlsxWriter.write("Sessies", rows(figures));
            case PDF -> pdf(figures);
            case CSV -> throw new IllegalArgumentException("figures come as xlsx or pdf");
        };
        return new ExportFile(name, format.contentType(), content);
    }

    private static List<List<String>> rows(FestivalFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Sessie", "Organisatie", "Thema", "Zaal", "Plaatsen", "Aangemeld", "Wachtlijst", "Aanwezig",
                "Niet verschenen"));
        for (FestivalFigures.SessionFigures s : figures.sessions()) {
            rows.add(List.of(s.title(), s.organisation(), s.theme(), s.room(), Integer.toString(s.capacity()),
                    Long.toString(s.confirmed()), Long.toString(s.waiting()), Long.toString(s.present()),
                    Long.toString(s.noShow())));
        }
        return rows;
    }

    private static byte[] pdf(FestivalFigures figures) {
        PdfDocument pdf = new PdfDocument().title("Leids Kennisfestival " + figures.year() + ": cijfers")
                .heading("Per sessie")
                .row(COLUMNS, List.of("Sessie", "Organisatie", "Thema", "Plaatsen", "Aangemeld", "Aanwezig",
                        "Niet versch."), true);
        for (FestivalFigures.SessionFigures s : figures.sessions()) {
            pdf.row(COLUMNS, List.of(s.title(), s.organisation(), s.theme(), Integer.toString(s.capacity()),
                    Long.toString(s.confirmed()), Long.toString(s.present()), Long.toString(s.noShow())), false);
        }
        totals(pdf, "Per thema", figures.byTheme());
        totals(pdf, "Per organisatie", figures.byOrganisation());
        return pdf.toBytes();
    }

    private static void totals(PdfDocument pdf, String heading, List<FestivalFigures.Total> totals) {
        float[] columns = {0.55f, 0.15f, 0.15f, 0.15f};
        pdf.heading(heading).row(columns, List.of("Naam", "Sessies", "Aangemeld", "Aanwezig"), true);
        for (FestivalFigures.Total total : totals) {
            pdf.row(columns, List.of(total.name(), Integer.toString(total.sessions()), Long.toString(total.confirmed()),
                    Long.toString(total.present())), false);
        }
    }

    private static List<FestivalFigures.Total> totals(List<FestivalFigures.SessionFigures> sessions,
            Function<FestivalFigures.SessionFigures, String> key) {
        Map<String, List<FestivalFigures.SessionFigures>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sessions.forEach(session -> groups.computeIfAbsent(key.apply(session), name -> new ArrayList<>()).add(session));
        return groups.entrySet()
                .stream()
                .map(group -> new FestivalFigures.Total(group.getKey(), group.getValue().size(),
                        group.getValue().stream().mapToLong(FestivalFigures.SessionFigures::confirmed).sum(),
                        group.getValue().stream().mapToLong(FestivalFigures.SessionFigures::present).sum()))
                .toList();
    }

    private static long count(List<Registration> registrations, RegistrationStatus status) {
        return registrations.stream().filter(registration -> registration.getStatus() == status).count();
    }

    private static long attended(List<Registration> registrations, Attendance attendance) {
        return registrations.stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED)
                .filter(registration -> registration.getAttendance() == attendance)
                .count();
    }
}
