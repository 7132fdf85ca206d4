package nl.leiden.healthysociety.web.api;

import static nl.leiden.healthysociety.web.api.RequestBodies.required;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import nl.leiden.healthysociety.service.accord.AccordAdminService;
import nl.leiden.healthysociety.service.accord.AccordDashboard;
import nl.leiden.healthysociety.service.accord.AccordReportService;
import nl.leiden.healthysociety.service.accord.AccordData;
import nl.leiden.healthysociety.service.accord.AccordService;
import nl.leiden.healthysociety.service.accord.AccordSummary;
import nl.leiden.healthysociety.service.accord.AmbitionData;
import nl.leiden.healthysociety.service.accord.IndicatorData;
import nl.leiden.healthysociety.service.accord.IndicatorDetails;
import nl.leiden.healthysociety.service.accord.IndicatorView;
import nl.leiden.healthysociety.service.accord.MeasurementData;
import nl.leiden.healthysociety.service.accord.MeasurementService;
import nl.leiden.healthysociety.service.accord.MeasurementView;

/**
 * The prevention accord for accounts: everyone reads; medewerkers and beheerders write (the services decide).
 */
@Path("intranet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Preventieakkoord (intranet)")
public class AccordResource {

    /** A report text with the version of the accord's ambition the writer last saw. */
    public record ReportText(Long version, String text) {
    }

    /** An ambition's name and goals with the version last seen. */
    public record AmbitionInput(Long version, String name, List<String> goals) {
    }

    @Inject
    AccordService accords;

    @Inject
    AccordAdminService admin;

    @Inject
    MeasurementService measurements;

    @Inject
    AccordReportService reports;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("accords")
    @Operation(summary = "Alle preventieakkoorden, het nieuwste eerst")
    public List<AccordSummary> accords() {
        return accords.accords();
    }

    @POST
    @Path("accords")
    @Operation(summary = "Een nieuw akkoord, eventueel als opvolger die ambities overneemt")
    public Response createAccord(AccordData data) {
        AccordSummary created = admin.createAccord(required(data));
        return Response.created(uriInfo.getBaseUriBuilder().path("intranet/accords/" + created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("accords/{id}")
    @Operation(summary = "Een akkoord met zijn ambities en de status van hun indicatoren")
    public AccordDashboard dashboard(@PathParam("id") long id) {
        return accords.dashboard(id);
    }

    @GET
    @Path("accords/{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "De voortgangsrapportage van het akkoord als PDF, voor de gemeenteraad")
    public Response report(@PathParam("id") long id) {
        return Response.ok(reports.report(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"voortgang-preventieakkoord-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("accords/{id}/ambitions")
    @Operation(summary = "Een nieuwe ambitie in het akkoord")
    public Response addAmbition(@PathParam("id") long id, AmbitionData data) {
        return Response.status(Response.Status.CREATED).entity(admin.addAmbition(id, required(data))).build();
    }

    @PUT
    @Path("accords/{id}/ambitions/{ambitionId}/report-text")
    @Operation(summary = "De tekst over een ambitie in de voortgangsrapportage van dit akkoord")
    public Response writeReportText(@PathParam("id") long id, @PathParam("ambitionId") long ambitionId,
            ReportText text) {
        if (text == null || text.version() == null) {
            throw new BadRequestException();
        }
        admin.writeReportText(id, ambitionId, text.version(), text.text());
        return Response.noContent().build();
    }

    @PUT
    @Path("ambitions/{id}")
    @Operation(summary = "Wijzig de naam en doelen van een ambitie")
    public Response updateAmbition(@PathParam("id") long id, AmbitionInput input) {
        if (input == null || input.version() == null) {
            throw new BadRequestException();
        }
        admin.updateAmbition(id, input.version(), new AmbitionData(input.name(), input.goals()));
        return Response.noContent().build();
    }

    @GET
    @Path("indicators/{id}")
    @Operation(summary = "Een indicator met al zijn metingen, de vergelijking van gebieden en de gezondheidsverschillen")
    public IndicatorDetails indicator(@PathParam("id") long id) {
        return accords.indicator(id);
    }

    @POST
    @Path("indicators")
    @Operation(summary = "Een nieuwe indicator bij een ambitie")
    public Response createIndicator(IndicatorData data) {
        IndicatorView created = admin.createIndicator(required(data));
        return Response.created(uriInfo.getBaseUriBuilder().path("intranet/indicators/" + created.id()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("indicators/{id}")
    @Operation(summary = "Wijzig een indicator; version is de versie die u het laatst zag")
    public IndicatorView updateIndicator(@PathParam("id") long id, @QueryParam("version") Long version,
            IndicatorData data) {
        if (version == null) {
            throw new BadRequestException();
        }
        return admin.updateIndicator(id, version, required(data));
    }

    @POST
    @Path("measurements")
    @Operation(summary = "Een meting; bestaat er al een voor die periode en dat gebied, dan alleen met replace=true")
    public Response record(MeasurementData data, @QueryParam("replace") @DefaultValue("false") boolean replace) {
        MeasurementView recorded = measurements.record(required(data), replace);
        return Response.status(replace ? Response.Status.OK : Response.Status.CREATED).entity(recorded).build();
    }
}
