package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;
import nl.leiden.healthysociety.domain.account.Role;
import nl.leiden.healthysociety.service.account.NewAccount;
import nl.leiden.healthysociety.service.security.PasswordHasher;

/**
 * A new production database has no accounts, so nobody could log in to create one. When
 * {@code healthysociety.bootstrap.admin-password} is set (from the environment, never from a file in the
 * repository) and there is no account at all, this creates the account "beheerder" with that password. Once any
 * account exists the setting is ignored, so it can be removed after the first start.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FirstAccount {

    public static final String USERNAME = "beheerder";

    private static final System.Logger LOG = System.getLogger(FirstAccount.class.getName());

    @Inject
    @ConfigProperty(name = "healthysociety.bootstrap.admin-password")
    Optional<String> password;

    @Inject
    AccountRepository accounts;

    @PostConstruct
    void createWhenNoAccountExists() {
        if (password.isEmpty() || password.get().isBlank() || accounts.count() > 0) {
            return;
        }
        if (password.get().length() < NewAccount.PASSWORD_MIN) {
            LOG.log(Level.WARNING, "First account not created: the bootstrap password needs at least {0} characters",
                    NewAccount.PASSWORD_MIN);
            return;
        }
        Account account = new Account(USERNAME, "Beheerder", Role.BEHEERDER, null,
                new PasswordHasher().hash(password.get().toCharArray()), Instant.now());
        accounts.add(account);
        LOG.log(Level.INFO, "First account created (beheerder); change its password and remove the bootstrap setting");
    }
}
