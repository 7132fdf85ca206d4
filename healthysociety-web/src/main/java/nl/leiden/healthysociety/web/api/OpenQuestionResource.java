package nl.leiden.healthysociety.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
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
import nl.leiden.healthysociety.service.question.AskService;
import nl.leiden.healthysociety.service.question.AskerView;
import nl.leiden.healthysociety.service.question.QuestionReceipt;
import nl.leiden.healthysociety.service.reference.Named;

/**
 * The Meeting Point for everyone: asking a question without an account (attachments as base64), and following it
 * with the code from the confirmation e-mail. With an account (HTTP Basic) the question records who asked.
 */
@Path("questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meeting Point (openbaar)")
@SecurityRequirements
public class OpenQuestionResource {

    @Inject
    AskService questions;

    @GET
    @Path("consent")
    @Operation(summary = "De toestemmingstekst die bij een vraag geldt, met haar versie")
    public Map<String, Object> consent(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ConsentText consent = questions.consent();
        return Map.of("version", consent.getVersion(), "text",
                consent.text(Locale.forLanguageTag(language != null && language.startsWith("en") ? "en" : "nl")));
    }

    @GET
    @Path("themes")
    @Operation(summary = "De thema's waarover een vraag kan gaan")
    public List<Named> themes() {
        return questions.themes();
    }

    @GET
    @Path("areas")
    @Operation(summary = "De wijken en buurten waarover een vraag kan gaan")
    public List<Named> areas() {
        return questions.areas();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een vraag stellen; de bevestiging met referentienummer en persoonlijke link komt per e-mail")
    public Response ask(QuestionInput input) {
        QuestionReceipt receipt = questions.ask(RequestBodies.required(input).toData());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("status/{code}")
    @Operation(summary = "De eigen vraag en het gesprek erover bekijken, met de code uit de bevestigingsmail")
    public AskerView status(@PathParam("code") String code) {
        return questions.status(code);
    }

    @POST
    @Path("status/{code}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reageren op de eigen vraag, met de code uit de bevestigingsmail")
    public AskerView reply(@PathParam("code") String code, Map<String, String> body) {
        return questions.reply(code, RequestBodies.required(body).get("text"));
    }
}
