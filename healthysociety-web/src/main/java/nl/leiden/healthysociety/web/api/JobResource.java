package nl.leiden.healthysociety.web.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.leiden.healthysociety.service.platform.JobService;

/** Background jobs, run now on request of a beheerder instead of at their next timer. */
@Path("beheer/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taken (beheer)")
public class JobResource {

    @Inject
    JobService jobs;

    @POST
    @Path("mail")
    @Operation(summary = "Verstuur nu wat in de uitgaande post klaarstaat")
    public Map<String, Integer> mail() {
        return Map.of("sent", jobs.sendMail());
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Verstuur nu de herinneringen voor bijeenkomsten van morgen")
    public Map<String, Integer> reminders() {
        return Map.of("meetings", jobs.sendReminders());
    }

    @POST
    @Path("retention")
    @Operation(summary = "Wis nu de persoonsgegevens waarvan de bewaartermijn voorbij is")
    public Map<String, Integer> retention() {
        return Map.of("meetings", jobs.erasePersonalData());
    }

    @POST
    @Path("question-reminders")
    @Operation(summary = "Herinner nu wie een vraag heeft die te lang op antwoord wacht")
    public Map<String, Integer> questionReminders() {
        return Map.of("questions", jobs.sendQuestionReminders());
    }

    @POST
    @Path("question-retention")
    @Operation(summary = "Wis nu de gegevens van vraagstellers waarvan de bewaartermijn voorbij is")
    public Map<String, Integer> questionRetention() {
        return Map.of("questions", jobs.eraseQuestionData());
    }
}
