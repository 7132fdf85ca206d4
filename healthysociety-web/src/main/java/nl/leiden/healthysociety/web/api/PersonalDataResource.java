package nl.leiden.healthysociety.web.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leiden.healthysociety.service.meeting.PersonalDataExport;
import nl.leiden.healthysociety.service.meeting.PersonalDataService;

/**
 * A person's requests about their data, for beheerders: export and erase everything under one e-mail address. The
 * address travels in the request body, not the URL, so it does not end up in access logs.
 */
@Path("beheer/persoonsgegevens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persoonsgegevens (beheer)")
public class PersonalDataResource {

    /** The e-mail address a request is about. */
    public record Subject(String email) {
    }

    @Inject
    PersonalDataService personalData;

    @POST
    @Path("export")
    @Operation(summary = "Alle gegevens onder een e-mailadres (inzageverzoek)")
    public PersonalDataExport export(Subject subject) {
        return personalData.export(email(subject));
    }

    @POST
    @Path("erase")
    @Operation(summary = "Alle gegevens onder een e-mailadres wissen (verwijderverzoek)")
    public Map<String, Integer> erase(Subject subject) {
        PersonalDataService.Erased erased = personalData.erase(email(subject));
        return Map.of("registrations", erased.registrations(), "questions", erased.questions());
    }

    private static String email(Subject subject) {
        if (subject == null || subject.email() == null) {
            throw new BadRequestException();
        }
        return subject.email();
    }
}
