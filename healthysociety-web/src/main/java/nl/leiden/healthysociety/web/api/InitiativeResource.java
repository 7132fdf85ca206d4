package nl.leiden.healthysociety.web.api;

import java.net.URI;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leiden.healthysociety.service.exchange.ExportFile;
import nl.leiden.healthysociety.service.exchange.ExportFormat;
import nl.leiden.healthysociety.service.exchange.InitiativeExportService;
import nl.leiden.healthysociety.service.initiative.InitiativeDetails;
import nl.leiden.healthysociety.service.initiative.InitiativeService;
import nl.leiden.healthysociety.service.initiative.InitiativeSummary;
import nl.leiden.healthysociety.service.initiative.ProgressData;

/**
 * The initiative inventory for accounts: all initiatives with contact persons, and the write paths. Who may write
 * what is decided by the service.
 */
@Path("intranet/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatieven (intranet)")
public class InitiativeResource {

    @Inject
    InitiativeService service;

    @Inject
    InitiativeExportService exporter;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Alle initiatieven, te filteren en in pagina's")
    public Page<InitiativeSummary> search(@BeanParam InitiativeFilters filters) {
        return new Page<>(service.search(filters.query(), filters.order(), filters.first(), filters.max()),
                filters.first(), filters.max(), service.count(filters.query()));
    }

    @GET
    @Path("export.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(summary = "De gefilterde lijst als CSV, Excel (.xlsx) of PDF, zonder contactpersonen")
    public Response export(@PathParam("format") String format, @BeanParam InitiativeFilters filters) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        ExportFile file = exporter.export(filters.query(), filters.order(), exportFormat);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén initiatief met voortgang en contactpersoon")
    public InitiativeDetails get(@PathParam("id") long id) {
        return service.details(id);
    }

    @POST
    @Operation(summary = "Maak een initiatief aan; een partner alleen met de eigen organisatie als trekker")
    public Response create(InitiativeInput input) {
        InitiativeDetails created = service.create(required(input).toData());
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Wijzig een initiatief; een partner alleen als de eigen organisatie trekker is")
    public InitiativeDetails update(@PathParam("id") long id, InitiativeInput input) {
        InitiativeInput body = required(input);
        if (body.version() == null) {
            throw new BadRequestException();
        }
        return service.update(id, body.version(), body.toData());
    }

    @POST
    @Path("{id}/progress")
    @Operation(summary = "Voeg een voortgangsbericht toe; een partner alleen als trekker of partner")
    public Response addProgress(@PathParam("id") long id, ProgressData progress) {
        if (progress == null) {
            throw new BadRequestException();
        }
        return Response.status(Response.Status.CREATED).entity(service.addProgress(id, progress)).build();
    }

    private static InitiativeInput required(InitiativeInput input) {
        if (input == null) {
            throw new BadRequestException();
        }
        return input;
    }
}
