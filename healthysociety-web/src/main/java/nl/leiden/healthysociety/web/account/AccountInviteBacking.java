package nl.leiden.healthysociety.web.account;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.account.AccountView;
import nl.leiden.healthysociety.service.account.Invitation;
import nl.leiden.healthysociety.service.account.PasswordService;
import nl.leiden.healthysociety.web.organisation.OrganisationRow;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/** A beheerder invites a partner organisation's employee; they get an e-mail with a link to choose a password. */
@Named
@ViewScoped
public class AccountInviteBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("displayName", "invite:displayName", "email",
            "invite:email", "organisationId", "invite:organisation");

    @Inject
    PasswordService passwords;

    @Inject
    AccountCreateBacking choices;

    @Inject
    Feedback feedback;

    private String displayName;
    private String email;
    private Long organisationId;

    public void invite() throws IOException {
        try {
            AccountView invited = passwords.invite(new Invitation(displayName, email, organisationId));
            feedback.infoAfterRedirect("page.account.invited", invited.displayName(), invited.username());
            Responses.redirect("/beheer/accounts");
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public List<OrganisationRow> getOrganisationChoices() {
        return choices.getOrganisationChoices();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
