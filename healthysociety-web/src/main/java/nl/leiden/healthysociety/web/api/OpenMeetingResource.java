package nl.leiden.healthysociety.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leiden.healthysociety.domain.meeting.ConsentText;
import nl.leiden.healthysociety.service.meeting.PublicMeeting;
import nl.leiden.healthysociety.service.meeting.RegistrationData;
import nl.leiden.healthysociety.service.meeting.RegistrationOutcome;
import nl.leiden.healthysociety.service.meeting.RegistrationService;
import nl.leiden.healthysociety.service.meeting.RegistrationView;

/**
 * Kenniscafés and Beleidslabs for everyone: the calendar (also as an iCalendar feed), a meeting, registering
 * without an account, and managing a registration with the code from the confirmation e-mail.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bijeenkomsten (openbaar)")
@SecurityRequirements
public class OpenMeetingResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    RegistrationService registrations;

    @GET
    @Operation(summary = "Gepubliceerde bijeenkomsten die nog niet voorbij zijn, de eerstvolgende eerst")
    public List<PublicMeeting> upcoming() {
        return registrations.upcoming();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Eén gepubliceerde bijeenkomst, met het aantal vrije plaatsen")
    public PublicMeeting meeting(@PathParam("id") long id) {
        return registrations.meeting(id);
    }

    @GET
    @Path("agenda.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Alle bijeenkomsten als iCalendar-feed (RFC 5545), om op te abonneren")
    public Response feed() {
        return Response.ok(registrations.feed(), CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"healthysociety-agenda.ics\"")
                .build();
    }

    @GET
    @Path("{id: [0-9]+}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Eén bijeenkomst als iCalendar-bestand, voor de eigen agenda")
    public Response ics(@PathParam("id") long id) {
        return Response.ok(registrations.ics(id), CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bijeenkomst-" + id + ".ics\"")
                .build();
    }

    @GET
    @Path("consent")
    @Operation(summary = "De toestemmingstekst die bij aanmelden geldt, met haar versie")
    public Map<String, Object> consent(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ConsentText consent = registrations.consent();
        return Map.of("version", consent.getVersion(), "text",
                consent.text(Locale.forLanguageTag(language != null && language.startsWith("en") ? "en" : "nl")));
    }

    @POST
    @Path("{id: [0-9]+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aanmelden zonder account; de bevestiging met de persoonlijke link komt per e-mail")
    public Response register(@PathParam("id") long id, RegistrationData data) {
        if (data == null) {
            throw new BadRequestException();
        }
        RegistrationOutcome outcome = registrations.register(id, data);
        return Response.status(Response.Status.CREATED).entity(outcome).build();
    }

    @GET
    @Path("registrations/{code}")
    @Operation(summary = "Een aanmelding bekijken met de code uit de bevestigingsmail")
    public RegistrationView registration(@PathParam("code") String code) {
        return registrations.view(code);
    }

    @POST
    @Path("registrations/{code}/cancel")
    @Operation(summary = "Een aanmelding annuleren met de code uit de bevestigingsmail")
    public RegistrationView cancel(@PathParam("code") String code) {
        return registrations.cancel(code);
    }
}
