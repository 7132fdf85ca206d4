package nl.leiden.healthysociety.web.api;

import static nl.leiden.healthysociety.web.api.RequestBodies.required;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leiden.healthysociety.domain.meeting.Attendance;
import nl.leiden.healthysociety.service.meeting.ActionPlanData;
import nl.leiden.healthysociety.service.meeting.AttendanceService;
import nl.leiden.healthysociety.service.meeting.MeetingData;
import nl.leiden.healthysociety.service.meeting.MeetingDetails;
import nl.leiden.healthysociety.service.meeting.MeetingOutcomes;
import nl.leiden.healthysociety.service.meeting.MeetingService;
import nl.leiden.healthysociety.service.meeting.MeetingStatistics;
import nl.leiden.healthysociety.service.meeting.MeetingSummary;
import nl.leiden.healthysociety.service.meeting.OutcomeService;
import nl.leiden.healthysociety.service.meeting.RegistrantRow;

/** Kenniscafés and Beleidslabs for accounts; the services decide who may do what. */
@Path("intranet/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bijeenkomsten (intranet)")
public class MeetingResource {

    /** A meeting's fields with the version the editor last saw. */
    public record MeetingUpdate(Long version, MeetingData meeting) {
    }

    /** Present, no-show, or null for not recorded. */
    public record AttendanceInput(Attendance attendance) {
    }

    public record TextInput(String text) {
    }

    public record InsightInput(Long groupId, String text) {
    }

    public record CollaborationInput(Set<Long> organisationIds, String description) {
    }

    @Inject
    MeetingService meetings;

    @Inject
    AttendanceService attendance;

    @Inject
    OutcomeService outcomes;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Bijeenkomsten die beginnen tussen from en to (lokale tijd), de vroegste eerst")
    public List<MeetingSummary> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        return meetings.list(time(from), time(to));
    }

    @POST
    @Operation(summary = "Een nieuwe bijeenkomst, als concept")
    public Response create(MeetingData data) {
        MeetingDetails created = meetings.create(required(data));
        return Response.created(link("intranet/meetings/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén bijeenkomst met aantallen en wat de gebruiker ermee mag")
    public MeetingDetails details(@PathParam("id") long id) {
        return meetings.details(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Wijzig een bijeenkomst; wie al is aangemeld krijgt bericht als tijd of plaats verandert")
    public MeetingDetails update(@PathParam("id") long id, MeetingUpdate update) {
        if (update == null || update.version() == null || update.meeting() == null) {
            throw new BadRequestException();
        }
        return meetings.update(id, update.version(), update.meeting());
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publiceer een concept: het komt in de agenda en aanmelden kan")
    public MeetingDetails publish(@PathParam("id") long id) {
        return meetings.publish(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Annuleer een bijeenkomst; alle aangemelden krijgen bericht")
    public MeetingDetails cancel(@PathParam("id") long id) {
        return meetings.cancel(id);
    }

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "De aanmeldingen, in volgorde van binnenkomst")
    public List<RegistrantRow> registrations(@PathParam("id") long id) {
        return meetings.registrations(id);
    }

    @PUT
    @Path("{id}/registrations/{registrationId}/attendance")
    @Operation(summary = "Aanwezig of niet verschenen vastleggen")
    public Response attendance(@PathParam("id") long id, @PathParam("registrationId") long registrationId,
            AttendanceInput input) {
        attendance.record(id, registrationId, required(input).attendance());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/statistics")
    @Operation(summary = "Aanmeldingen, opkomst, mix van deelnemers, organisaties en gebieden")
    public MeetingStatistics statistics(@PathParam("id") long id) {
        return attendance.statistics(id);
    }

    @GET
    @Path("{id}/presentielijst.pdf")
    @Produces("application/pdf")
    @Operation(summary = "De presentielijst om af te drukken")
    public Response attendanceList(@PathParam("id") long id) {
        return Response.ok(attendance.attendanceList(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"presentielijst-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id}/mail/retry")
    @Operation(summary = "Verstuur de mislukte e-mails van de bijeenkomst opnieuw")
    public Map<String, Integer> retryMail(@PathParam("id") long id) {
        return Map.of("retried", meetings.retryFailedMail(id));
    }

    @GET
    @Path("{id}/outcomes")
    @Operation(summary = "Verslag, inzichten per themagroep, actieplannen en nieuwe samenwerkingen")
    public MeetingOutcomes outcomes(@PathParam("id") long id) {
        return outcomes.outcomes(id);
    }

    @PUT
    @Path("{id}/minutes")
    @Operation(summary = "Het verslag van de bijeenkomst")
    public Response minutes(@PathParam("id") long id, TextInput input) {
        outcomes.writeMinutes(id, required(input).text());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/insights")
    @Operation(summary = "Een inzicht, eventueel bij een themagroep")
    public Response addInsight(@PathParam("id") long id, InsightInput input) {
        long insightId = outcomes.addInsight(id, required(input).groupId(), input.text());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", insightId)).build();
    }

    @DELETE
    @Path("{id}/insights/{insightId}")
    @Operation(summary = "Verwijder een inzicht")
    public Response removeInsight(@PathParam("id") long id, @PathParam("insightId") long insightId) {
        outcomes.removeInsight(id, insightId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/action-plans")
    @Operation(summary = "Een actieplan uit de bijeenkomst")
    public Response addActionPlan(@PathParam("id") long id, ActionPlanData data) {
        long planId = outcomes.addActionPlan(id, required(data));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", planId)).build();
    }

    @POST
    @Path("{id}/collaborations")
    @Operation(summary = "Een nieuwe samenwerking tussen organisaties")
    public Response addCollaboration(@PathParam("id") long id, CollaborationInput input) {
        long collaborationId = outcomes.addCollaboration(id, required(input).organisationIds(), input.description());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", collaborationId)).build();
    }

    private URI link(String path) {
        return uriInfo.getBaseUriBuilder().path(path).build();
    }

    private static LocalDateTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException();
        }
    }
}
