package nl.leiden.healthysociety.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leiden.healthysociety.service.initiative.PublishedInitiative;
import nl.leiden.healthysociety.service.initiative.PublishedInitiatives;
import nl.leiden.healthysociety.service.initiative.ResultPage;

/** Open data: the published initiatives of Leiden, read-only, for anyone, without personal data. */
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data: initiatieven")
@SecurityRequirements
public class OpenInitiativeResource {

    @Inject
    PublishedInitiatives initiatives;

    @GET
    @Operation(summary = "Gepubliceerde initiatieven, te filteren en in pagina's; zonder contactpersonen")
    public Page<PublishedInitiative> search(@BeanParam InitiativeFilters filters) {
        ResultPage<PublishedInitiative> page = initiatives.page(filters.query(), filters.order(), filters.first(),
                filters.max());
        return new Page<>(page.items(), filters.first(), filters.max(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén gepubliceerd initiatief; het id blijft gelijk")
    public PublishedInitiative get(@PathParam("id") long id) {
        return initiatives.get(id);
    }
}
