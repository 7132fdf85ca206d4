package nl.leiden.healthysociety.service.meeting;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The addresses that e-mails and calendar files point to, under the public address of the site
 * ({@code healthysociety.public-url}, such as https://healthysociety.leiden.nl/).
 */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "healthysociety.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "healthysociety.organiser-email", defaultValue = "healthysocietycenter@leiden.nl")
    String organiserEmail;

    /** The address that calendar invitations name as their organiser. */
    public String organiserEmail() {
        return organiserEmail;
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The page where a registrant views or cancels their registration, without logging in. */
    public String registration(String token) {
        return base() + "aanmelding.xhtml?code=" + token;
    }

    /** A festival visitor's own programme, reached with the code of any of their registrations. */
    public String festivalProgramme(String token) {
        return base() + "mijn-festivalprogramma.xhtml?code=" + token;
    }

    /** The page where someone who asked the Meeting Point a question follows it and replies, without logging in. */
    public String question(String token) {
        return base() + "mijn-vraag.xhtml?code=" + token;
    }

    /** The page where someone sets their password with a one-time link (invitation or reset). */
    public String password(String code) {
        return base() + "wachtwoord-instellen.xhtml?code=" + code;
    }

    /** A question on the intranet, for the medewerkers and partners it is assigned to. */
    public String questionDesk(long questionId) {
        return base() + "intranet/vraag.xhtml?id=" + questionId;
    }

    public String meeting(long meetingId) {
        return base() + "bijeenkomst.xhtml?id=" + meetingId;
    }

    public String uid(long meetingId) {
        return "bijeenkomst-" + meetingId + "@healthysociety.leiden.nl";
    }
}
