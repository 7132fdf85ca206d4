package nl.leiden.healthysociety.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.service.meeting.LeidenTime;
import nl.leiden.healthysociety.service.question.AgendaItem;
import nl.leiden.healthysociety.service.question.AskService;
import nl.leiden.healthysociety.service.question.MeetingPointAgenda;
import nl.leiden.healthysociety.service.question.QuestionDeskService;
import nl.leiden.healthysociety.service.question.QuestionDetails;
import nl.leiden.healthysociety.service.question.QuestionFigures;
import nl.leiden.healthysociety.service.question.QuestionFiguresService;
import nl.leiden.healthysociety.service.question.QuestionFilter;
import nl.leiden.healthysociety.service.question.QuestionReceipt;
import nl.leiden.healthysociety.service.question.QuestionSummary;
import nl.leiden.healthysociety.service.exchange.ExportFile;
import nl.leiden.healthysociety.service.initiative.ResultPage;

/**
 * The Meeting Point on the intranet: the inbox, a question with its history, triage, assignment, answers, notes,
 * handing back, links, attachments, the meeting's agenda (also as PDF) with decisions, and the figures. The
 * services decide who may do what: a partner reaches only the questions assigned to it.
 */
@Path("intranet/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting Point")
public class QuestionResource {

    private static final String FIRST = "Geheel getal: de plaats van de eerste vraag van de pagina, vanaf 0"
            + " (standaard 0)";
    private static final String MAX = "Geheel getal: het aantal vragen per pagina, 1 tot en met "
            + QuestionDeskService.MAX_PAGE + " (standaard 50)";

    public record Triage(QuestionStatus status, QuestionPriority priority) {
    }

    public record Assignment(Set<Long> organisationIds, Long assigneeId) {
    }

    public record Links(Long initiativeId, Long meetingId, String kenniscafeTopic) {
    }

    public record Text(String text) {
    }

    public record DecisionInput(LocalDate meetingDate, String text) {
    }

    @Inject
    QuestionDeskService desk;

    @Inject
    AskService ask;

    @Inject
    MeetingPointAgenda agenda;

    @Inject
    QuestionFiguresService figures;

    @GET
    @Operation(summary = "De vragen (een partner: die aan de eigen organisatie zijn toegewezen), nieuwste eerst,"
            + " in pagina's", description = "Antwoordt met items (de pagina), first, max en total (hoeveel vragen"
                    + " er in totaal aan het filter voldoen). Een ongeldige first of max geeft 400.")
    public Page<QuestionSummary> inbox(@QueryParam("status") Set<QuestionStatus> statuses,
            @QueryParam("themeId") Long themeId, @QueryParam("priority") QuestionPriority priority,
            @QueryParam("wachtTeLang") @DefaultValue("false") boolean waitingTooLong,
            @Parameter(description = FIRST) @QueryParam("first") @DefaultValue("0") String first,
            @Parameter(description = MAX) @QueryParam("max") @DefaultValue("50") String max) {
        // Taken as text: JAX-RS answers a query parameter that is not a number with 404, where 400 is right.
        int from = number("first", first);
        int size = number("max", max);
        ResultPage<QuestionSummary> page = desk.inbox(new QuestionFilter(statuses, themeId, priority, waitingTooLong),
                from, size);
        return new Page<>(page.items(), from, size, page.total());
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name.equals("first")
                    ? FieldError.of(name, "validation.page.first")
                    : new FieldError(name, "validation.page.max", Map.of("max", QuestionDeskService.MAX_PAGE)));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een vraag stellen als ingelogde partner of medewerker")
    public Response ask(QuestionInput input) {
        QuestionReceipt receipt = ask.askWithAccount(RequestBodies.required(input).toData());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Eén vraag met gesprek, interne notities, bijlagen, koppelingen en besluiten")
    public QuestionDetails question(@PathParam("id") long id) {
        return desk.question(id);
    }

    @PUT
    @Path("{id: [0-9]+}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status en prioriteit zetten (medewerkers)")
    public QuestionDetails triage(@PathParam("id") long id, Triage triage) {
        RequestBodies.required(triage);
        desk.triage(id, triage.status(), triage.priority());
        return desk.question(id);
    }

    @PUT
    @Path("{id: [0-9]+}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toewijzen aan partnerorganisaties en/of een persoon (medewerkers); zij krijgen een e-mail")
    public QuestionDetails assign(@PathParam("id") long id, Assignment assignment) {
        RequestBodies.required(assignment);
        desk.assign(id, assignment.organisationIds(), assignment.assigneeId());
        return desk.question(id);
    }

    @POST
    @Path("{id: [0-9]+}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een interne notitie, die de vraagsteller nooit ziet")
    public QuestionDetails note(@PathParam("id") long id, Text note) {
        desk.note(id, RequestBodies.required(note).text());
        return desk.question(id);
    }

    @POST
    @Path("{id: [0-9]+}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een bericht aan de vraagsteller, per e-mail")
    public QuestionDetails answer(@PathParam("id") long id, Text answer) {
        desk.answer(id, RequestBodies.required(answer).text());
        return desk.question(id);
    }

    @POST
    @Path("{id: [0-9]+}/hand-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een partner geeft de vraag terug aan het Center, met de reden")
    public Response handBack(@PathParam("id") long id, Text reason) {
        desk.handBack(id, RequestBodies.required(reason).text());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]+}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Koppelen aan een initiatief of bijeenkomst, of als onderwerp voor een Kenniscafé")
    public QuestionDetails link(@PathParam("id") long id, Links links) {
        RequestBodies.required(links);
        desk.link(id, links.initiativeId(), links.meetingId(), links.kenniscafeTopic());
        return desk.question(id);
    }

    @GET
    @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Een bijlage downloaden")
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
        ExportFile file = desk.attachment(id, attachmentId);
        return Downloads.of(file);
    }

    @POST
    @Path("{id: [0-9]+}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Het besluit van het Meeting Point-overleg over deze vraag vastleggen (medewerkers)")
    public QuestionDetails decide(@PathParam("id") long id, DecisionInput decision) {
        RequestBodies.required(decision);
        agenda.decide(id, decision.meetingDate(), decision.text());
        return desk.question(id);
    }

    @GET
    @Path("agenda")
    @Operation(summary = "De agenda van het Meeting Point-overleg: alle open vragen (medewerkers)")
    public List<AgendaItem> agenda() {
        return agenda.agenda();
    }

    @GET
    @Path("agenda.pdf")
    @Produces("application/pdf")
    @Operation(summary = "De agenda om te printen, voor het overleg op datum (standaard vandaag)")
    public Response agendaPdf(@QueryParam("datum") String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(LeidenTime.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of("datum", "validation.date"));
        }
        return Downloads.of(new ExportFile("agenda-meeting-point-" + day + ".pdf", "application/pdf",
                agenda.agendaPdf(day)));
    }

    @GET
    @Path("figures")
    @Operation(summary = "Aantallen per status, thema en gebied, doorlooptijden en vragen die te lang wachten")
    public QuestionFigures figures() {
        return figures.figures();
    }

    @GET
    @Path("choices")
    @Operation(summary = "De organisaties en personen waaraan een vraag kan worden toegewezen (medewerkers)")
    public Map<String, Object> choices() {
        return Map.of("organisations", desk.organisations(), "assignees", desk.assignees());
    }
}
