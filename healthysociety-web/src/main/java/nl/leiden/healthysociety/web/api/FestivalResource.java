package nl.leiden.healthysociety.web.api;

import static nl.leiden.healthysociety.web.api.RequestBodies.required;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.service.festival.EditionData;
import nl.leiden.healthysociety.service.festival.EditionView;
import nl.leiden.healthysociety.service.exchange.ExportFile;
import nl.leiden.healthysociety.service.exchange.ExportFormat;
import nl.leiden.healthysociety.service.festival.FestivalFigures;
import nl.leiden.healthysociety.service.festival.FestivalFiguresService;
import nl.leiden.healthysociety.service.festival.FestivalService;
import nl.leiden.healthysociety.service.festival.ProgrammeService;
import nl.leiden.healthysociety.service.festival.ProgrammeView;
import nl.leiden.healthysociety.service.festival.ProposalData;
import nl.leiden.healthysociety.service.festival.ProposalService;
import nl.leiden.healthysociety.service.festival.ProposalView;
import nl.leiden.healthysociety.service.festival.ReviewRow;
import nl.leiden.healthysociety.service.festival.ReviewService;

/** The Leids Kennisfestival for accounts: editions, the call for sessions and its review; the services decide. */
@Path("intranet/festival")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kennisfestival (intranet)")
public class FestivalResource {

    public record VenueInput(String name, String address) {
    }

    public record RoomInput(String name, Integer capacity, String accessibility) {
    }

    public record SlotInput(LocalDate day, LocalTime startsAt, LocalTime endsAt) {
    }

    public record ProposalUpdate(Long version, ProposalData proposal) {
    }

    public record ReviewInput(Integer score, String comment) {
    }

    public record DecisionInput(ProposalStatus decision, String feedback) {
    }

    /** Where a session goes: a room and a slot, or neither to take it out of the programme. */
    public record Placement(Long roomId, Long slotId) {
    }

    @Inject
    FestivalService festivals;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewService reviews;

    @Inject
    ProgrammeService programme;

    @Inject
    FestivalFiguresService figures;

    @GET
    @Path("editions")
    @Operation(summary = "Alle edities, de nieuwste eerst")
    public List<EditionView> editions() {
        return festivals.editions();
    }

    @POST
    @Path("editions")
    @Operation(summary = "Een nieuwe editie")
    public Response createEdition(EditionData data) {
        return Response.status(Response.Status.CREATED).entity(festivals.createEdition(required(data))).build();
    }

    @GET
    @Path("editions/{id}")
    @Operation(summary = "Een editie met locaties, zalen en tijdvakken")
    public EditionView edition(@PathParam("id") long id) {
        return festivals.edition(id);
    }

    @PUT
    @Path("editions/{id}")
    @Operation(summary = "Wijzig thema, dagen of de periode van de call")
    public EditionView updateEdition(@PathParam("id") long id, EditionData data) {
        return festivals.updateEdition(id, required(data));
    }

    @POST
    @Path("editions/{id}/venues")
    @Operation(summary = "Een locatie")
    public Response addVenue(@PathParam("id") long id, VenueInput input) {
        long venueId = festivals.addVenue(id, required(input).name(), input.address());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", venueId)).build();
    }

    @POST
    @Path("venues/{id}/rooms")
    @Operation(summary = "Een zaal in een locatie")
    public Response addRoom(@PathParam("id") long venueId, RoomInput input) {
        long roomId = festivals.addRoom(venueId, required(input).name(), input.capacity(), input.accessibility());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", roomId)).build();
    }

    @POST
    @Path("editions/{id}/slots")
    @Operation(summary = "Een tijdvak op een festivaldag")
    public Response addSlot(@PathParam("id") long id, SlotInput input) {
        long slotId = festivals.addSlot(id, required(input).day(), input.startsAt(), input.endsAt());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", slotId)).build();
    }

    @GET
    @Path("editions/{id}/proposals")
    @Operation(summary = "Sessievoorstellen: een partner ziet die van de eigen organisatie")
    public List<ProposalView> proposals(@PathParam("id") long id) {
        return proposals.proposals(id);
    }

    @POST
    @Path("editions/{id}/proposals")
    @Operation(summary = "Een sessievoorstel indienen, zolang de call open is")
    public Response submit(@PathParam("id") long id, ProposalData data) {
        return Response.status(Response.Status.CREATED).entity(proposals.submit(id, required(data))).build();
    }

    @GET
    @Path("proposals/{id}")
    @Operation(summary = "Een sessievoorstel met status en terugkoppeling")
    public ProposalView proposal(@PathParam("id") long id) {
        return proposals.proposal(id);
    }

    @PUT
    @Path("proposals/{id}")
    @Operation(summary = "Een sessievoorstel wijzigen, tot de deadline")
    public ProposalView update(@PathParam("id") long id, ProposalUpdate update) {
        if (update == null || update.version() == null || update.proposal() == null) {
            throw new BadRequestException();
        }
        return proposals.update(id, update.version(), update.proposal());
    }

    @POST
    @Path("proposals/{id}/withdraw")
    @Operation(summary = "Een sessievoorstel intrekken, tot de deadline")
    public ProposalView withdraw(@PathParam("id") long id) {
        return proposals.withdraw(id);
    }

    @GET
    @Path("editions/{id}/reviews")
    @Operation(summary = "Overzicht voor de programmacommissie, op score of thema")
    public List<ReviewRow> reviews(@PathParam("id") long id, @QueryParam("order") @DefaultValue("SCORE") String order) {
        try {
            return reviews.overview(id, ReviewService.Order.valueOf(order.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }

    @PUT
    @Path("proposals/{id}/review")
    @Operation(summary = "Eigen score (1-5) en commentaar")
    public Response review(@PathParam("id") long id, ReviewInput input) {
        reviews.review(id, required(input).score(), input.comment());
        return Response.noContent().build();
    }

    @POST
    @Path("proposals/{id}/decision")
    @Operation(summary = "Besluit: geaccepteerd, afgewezen of reserve; de indiener krijgt een e-mail")
    public Response decide(@PathParam("id") long id, DecisionInput input) {
        reviews.decide(id, required(input).decision(), input.feedback());
        return Response.noContent().build();
    }

    @GET
    @Path("editions/{id}/programme")
    @Operation(summary = "Het programma: zalen, tijdvakken, geplaatste en nog niet geplaatste sessies, conflicten")
    public ProgrammeView programme(@PathParam("id") long id) {
        return programme.programme(id);
    }

    @PUT
    @Path("proposals/{id}/placement")
    @Operation(summary = "Plaats een geaccepteerde sessie in een zaal en tijdvak (of haal haar uit het programma)")
    public ProgrammeView place(@PathParam("id") long id, Placement placement) {
        return programme.place(id, required(placement).roomId(), placement.slotId());
    }

    @POST
    @Path("editions/{id}/publish")
    @Operation(summary = "Publiceer het programma; kan alleen zonder conflicten")
    public ProgrammeView publish(@PathParam("id") long id) {
        return programme.publish(id);
    }

    @GET
    @Path("editions/{id}/figures")
    @Operation(summary = "Aanmeldingen en opkomst per sessie, per thema en per organisatie")
    public FestivalFigures figures(@PathParam("id") long id) {
        return figures.figures(id);
    }

    @GET
    @Path("editions/{id}/figures.{format: xlsx|pdf}")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(summary = "De cijfers als spreadsheet of PDF")
    public Response figuresFile(@PathParam("id") long id, @PathParam("format") String format) {
        ExportFile file = figures.export(id, ExportFormat.valueOf(format.toUpperCase(Locale.ROOT)));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
