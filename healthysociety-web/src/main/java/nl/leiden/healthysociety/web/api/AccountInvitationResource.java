package nl.leiden.healthysociety.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leiden.healthysociety.service.account.Invitation;
import nl.leiden.healthysociety.service.account.PasswordService;

/** Beheerders invite partners' employees: the account is made and the person chooses a password through the link. */
@Path("beheer/accounts/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts (beheer)")
public class AccountInvitationResource {

    @Inject
    PasswordService passwords;

    @POST
    @Operation(summary = "Een medewerker van een partnerorganisatie uitnodigen")
    public Response invite(Invitation invitation) {
        return Response.status(Response.Status.CREATED)
                .entity(passwords.invite(RequestBodies.required(invitation)))
                .build();
    }
}
