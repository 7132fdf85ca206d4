package nl.leiden.healthysociety.web.account;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.account.Role;
import nl.leiden.healthysociety.domain.organisation.OrganisationQuery;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.account.AccountService;
import nl.leiden.healthysociety.service.account.AccountView;
import nl.leiden.healthysociety.service.account.NewAccount;
import nl.leiden.healthysociety.service.organisation.OrganisationService;
import nl.leiden.healthysociety.web.organisation.OrganisationRow;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/** The form in which a beheerder creates an account. */
@Named
@ViewScoped
public class AccountCreateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Active organisations offered for a partner account; more than this and the list needs a search box. */
    private static final int ORGANISATION_CHOICES = 1000;

    private static final Map<String, String> FIELDS = Map.of("username", "form:username", "displayName",
            "form:displayName", "role", "form:role", "organisationId", "form:organisation", "email", "form:email",
            "password",
            "form:password");

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    Feedback feedback;

    private String username;
    private String displayName;
    private String email;
    private Role role;
    private Long organisationId;
    private String password;
    private List<OrganisationRow> organisationChoices;

    public void save() throws IOException {
        try {
            AccountView created = accounts.create(new NewAccount(username, displayName, role,
                    role == Role.PARTNER ? organisationId : null, email, password));
            feedback.infoAfterRedirect("page.account.created", created.username());
            Responses.redirect("/beheer/accounts");
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        } finally {
            password = null;
        }
    }

    public List<OrganisationRow> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.search(new OrganisationQuery(null, null, false), 0,
                    ORGANISATION_CHOICES).stream().map(OrganisationRow::of).toList();
        }
        return organisationChoices;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public int getPasswordMin() {
        return NewAccount.PASSWORD_MIN;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
