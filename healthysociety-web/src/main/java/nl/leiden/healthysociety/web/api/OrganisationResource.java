package nl.leiden.healthysociety.web.api;

import java.net.URI;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import nl.leiden.healthysociety.domain.organisation.OrganisationQuery;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;
import nl.leiden.healthysociety.service.organisation.OrganisationService;

/**
 * Partner organisations. Reading needs any account; changing needs a beheerder. The resource checks neither: the
 * service does, so the API cannot grant more than the screens.
 */
@Path("organisaties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisaties")
public class OrganisationResource {

    private static final int MAX_PAGE = 200;

    @Inject
    OrganisationService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Zoek organisaties op (een deel van) de naam, zonder onderscheid in hoofdletters of accenten")
    public Page<OrganisationJson> search(@QueryParam("q") String text, @QueryParam("type") OrganisationType type,
            @QueryParam("inactief") @DefaultValue("false") boolean includeInactive,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE, max));
        OrganisationQuery query = new OrganisationQuery(text, type, includeInactive);
        return new Page<>(service.search(query, first, pageSize).stream().map(OrganisationJson::of).toList(),
                Math.max(0, first), pageSize, service.count(query));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén organisatie")
    public OrganisationJson get(@PathParam("id") long id) {
        return OrganisationJson.of(service.get(id));
    }

    @POST
    @Operation(summary = "Maak een organisatie aan (beheerder)")
    public Response create(OrganisationInput input) {
        OrganisationJson created = OrganisationJson.of(service.create(required(input).toData()));
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Wijzig een organisatie (beheerder); stuur de laatst gelezen version mee")
    public OrganisationJson update(@PathParam("id") long id, OrganisationInput input) {
        OrganisationInput body = required(input);
        if (body.version() == null) {
            throw new BadRequestException();
        }
        return OrganisationJson.of(service.update(id, body.version(), body.toData()));
    }

    @POST
    @Path("{id}/deactiveren")
    @Operation(summary = "Deactiveer een organisatie (beheerder); organisaties worden nooit verwijderd")
    public OrganisationJson deactivate(@PathParam("id") long id, @QueryParam("version") long version) {
        return OrganisationJson.of(service.deactivate(id, version));
    }

    @POST
    @Path("{id}/activeren")
    @Operation(summary = "Activeer een gedeactiveerde organisatie opnieuw (beheerder)")
    public OrganisationJson reactivate(@PathParam("id") long id, @QueryParam("version") long version) {
        return OrganisationJson.of(service.reactivate(id, version));
    }

    private static OrganisationInput required(OrganisationInput input) {
        if (input == null) {
            throw new BadRequestException();
        }
        return input;
    }
}
