package nl.leiden.healthysociety.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leiden.healthysociety.service.audit.HistoryEntry;
import nl.leiden.healthysociety.service.audit.HistoryService;
import nl.leiden.healthysociety.service.audit.HistorySubject;

/**
 * The history of an organisation, initiative, meeting, festival proposal or question from the audit trail: who
 * changed what when, with the values before and after. The service decides who may see it.
 */
@Path("intranet/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geschiedenis")
public class HistoryResource {

    @Inject
    HistoryService history;

    @GET
    @Path("{subject: [a-z]+}/{id: [0-9]+}")
    @Operation(summary = "De geschiedenis van een organisatie, initiatief, bijeenkomst, sessievoorstel of vraag"
            + " (organisation, initiative, meeting, proposal, question), nieuwste eerst")
    public List<HistoryEntry> of(@PathParam("subject") String subject, @PathParam("id") long id) {
        return history.of(HistorySubject.byPathName(subject).orElseThrow(NotFoundException::new), id);
    }
}
