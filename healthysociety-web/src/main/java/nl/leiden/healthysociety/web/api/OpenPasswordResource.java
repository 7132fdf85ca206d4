package nl.leiden.healthysociety.web.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leiden.healthysociety.service.account.PasswordLink;
import nl.leiden.healthysociety.service.account.PasswordService;

/**
 * Choosing a password without being logged in: asking for a reset link by e-mail address (always the same answer),
 * and setting the password through a one-time link from an invitation or a reset.
 */
@Path("password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wachtwoord")
public class OpenPasswordResource {

    /** The address to send a reset link to. */
    public record ResetRequest(String email) {
    }

    /** The password chosen, twice. */
    public record NewPassword(String password, String repeated) {

        @Override
        public String toString() {
            return "NewPassword[...]";
        }
    }

    @Inject
    PasswordService passwords;

    @Context
    HttpHeaders headers;

    @POST
    @Path("reset")
    @Operation(summary = "Een link voor een nieuw wachtwoord aanvragen (zegt niet of het adres bekend is)")
    public Response requestReset(ResetRequest request) {
        passwords.requestReset(RequestBodies.required(request).email());
        return Response.accepted(Map.of("message", ProblemMappers.bundle(headers).text("page.password.resetSent")))
                .build();
    }

    @GET
    @Path("links/{code: [A-Za-z0-9_-]+}")
    @Operation(summary = "Waarvoor een eenmalige link is en tot wanneer hij werkt")
    public PasswordLink link(@PathParam("code") String code) {
        return passwords.link(code);
    }

    @POST
    @Path("links/{code: [A-Za-z0-9_-]+}")
    @Operation(summary = "Het wachtwoord instellen met een eenmalige link")
    public Response setPassword(@PathParam("code") String code, NewPassword body) {
        NewPassword chosen = RequestBodies.required(body);
        passwords.setPassword(code, chosen.password(), chosen.repeated());
        return Response.noContent().build();
    }
}
