package nl.leiden.healthysociety.web.security;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import nl.leiden.healthysociety.service.account.AccountView;

/**
 * The logged-in account as the header shows it, read once per session instead of on every page. Logging out ends
 * the session and with it this copy.
 */
@SessionScoped
public class SessionAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private AccountView account;

    public AccountView getAccount() {
        return account;
    }

    public void setAccount(AccountView account) {
        this.account = account;
    }
}
