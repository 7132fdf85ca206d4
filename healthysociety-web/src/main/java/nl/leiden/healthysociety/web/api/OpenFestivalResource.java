package nl.leiden.healthysociety.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leiden.healthysociety.service.festival.PublicProgramme;
import nl.leiden.healthysociety.service.festival.VisitorService;

/**
 * The Leids Kennisfestival for everyone: the published programme (also as iCalendar) and a visitor's own programme
 * through the code from a confirmation e-mail. Registering for a session is {@code POST /api/meetings/{id}/registrations}.
 */
@Path("festival")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kennisfestival (openbaar)")
@SecurityRequirements
public class OpenFestivalResource {

    @Inject
    VisitorService visitors;

    @GET
    @Path("{year: [0-9]+}")
    @Operation(summary = "Het gepubliceerde programma van een editie, per dag")
    public PublicProgramme programme(@PathParam("year") int year) {
        return visitors.programme(year);
    }

    @GET
    @Path("{year: [0-9]+}/programma.ics")
    @Produces(OpenMeetingResource.CALENDAR)
    @Operation(summary = "Het hele programma als iCalendar")
    public Response programmeCalendar(@PathParam("year") int year) {
        return Response.ok(visitors.programmeCalendar(year), OpenMeetingResource.CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kennisfestival-" + year + ".ics\"")
                .build();
    }

    @GET
    @Path("mijn-programma/{code: [A-Za-z0-9_-]+}")
    @Operation(summary = "Het eigen programma van een bezoeker, met de code uit een bevestigingsmail")
    public List<PublicProgramme.Session> myProgramme(@PathParam("code") String code) {
        return visitors.myProgramme(code);
    }

    @GET
    @Path("mijn-programma/{code: [A-Za-z0-9_-]+}.ics")
    @Produces(OpenMeetingResource.CALENDAR)
    @Operation(summary = "Het eigen programma als iCalendar")
    public Response myProgrammeCalendar(@PathParam("code") String code) {
        return Response.ok(visitors.myProgrammeCalendar(code), OpenMeetingResource.CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mijn-kennisfestival.ics\"")
                .build();
    }
}
