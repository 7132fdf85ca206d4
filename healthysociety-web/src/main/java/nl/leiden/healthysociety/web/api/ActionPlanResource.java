package nl.leiden.healthysociety.web.api;

import static nl.leiden.healthysociety.web.api.RequestBodies.required;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leiden.healthysociety.service.meeting.ActionPlanData;
import nl.leiden.healthysociety.service.meeting.FollowUpData;
import nl.leiden.healthysociety.service.meeting.MeetingOutcomes;
import nl.leiden.healthysociety.service.meeting.OutcomeService;

/** Action plans agreed at meetings: changes, follow-ups, the overdue list, and turning one into an initiative. */
@Path("intranet/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actieplannen (intranet)")
public class ActionPlanResource {

    /** An action plan's fields with the version the editor last saw. */
    public record ActionPlanUpdate(Long version, ActionPlanData plan) {
    }

    @Inject
    OutcomeService outcomes;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("overdue")
    @Operation(summary = "Actieplannen waarvan de deadline voorbij is en die niet af zijn")
    public List<MeetingOutcomes.ActionPlanView> overdue() {
        return outcomes.overdue();
    }

    @PUT
    @Path("{planId}")
    @Operation(summary = "Wijzig een actieplan")
    public Response updateActionPlan(@PathParam("planId") long planId, ActionPlanUpdate update) {
        if (update == null || update.version() == null || update.plan() == null) {
            throw new BadRequestException();
        }
        outcomes.updateActionPlan(planId, update.version(), update.plan());
        return Response.noContent().build();
    }

    @POST
    @Path("{planId}/follow-ups")
    @Operation(summary = "Een gedateerde voortgangsnotitie bij een actieplan")
    public Response followUp(@PathParam("planId") long planId, FollowUpData data) {
        outcomes.followUp(planId, required(data));
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("{planId}/initiative")
    @Operation(summary = "Maak van het actieplan een initiatief in de inventarisatie")
    public Response toInitiative(@PathParam("planId") long planId) {
        long initiativeId = outcomes.toInitiative(planId);
        return Response.created(uriInfo.getBaseUriBuilder().path("intranet/initiatives/" + initiativeId).build())
                .entity(Map.of("initiativeId", initiativeId))
                .build();
    }
}
