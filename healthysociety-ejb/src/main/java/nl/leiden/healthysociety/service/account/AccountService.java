package nl.leiden.healthysociety.service.account;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;
import nl.leiden.healthysociety.domain.account.Role;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.security.DirectoryClient;
import nl.leiden.healthysociety.service.security.DirectoryPerson;
import nl.leiden.healthysociety.service.security.DirectorySettings;
import nl.leiden.healthysociety.service.security.PasswordHasher;

/**
 * Checks passwords at login and lets a beheerder manage accounts. Log lines name account ids, never usernames: a
 * username is personal data.
 */
@Stateless
@DeclareRoles({BEHEERDER, MEDEWERKER, PARTNER})
@RolesAllowed(BEHEERDER)
public class AccountService {

    private static final System.Logger LOG = System.getLogger(AccountService.class.getName());

    /**
     * Checked against when the username is unknown, so a login for a missing account costs as much time as one for
     * an existing account and the response time does not tell which accounts exist.
     */
    private static final String UNKNOWN_ACCOUNT_HASH = new PasswordHasher().hash("no-such-account".toCharArray());

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CommandValidator validator;

    @Inject
    DirectoryClient directory;

    @Resource
    SessionContext session;

    /**
     * The caller for a username and password, if they match an enabled account. An account made in this database
     * is checked against its hash; any other name goes to the directory, if one is configured, where the person's
     * groups decide the role (and their account here is made or brought up to date). Whatever went wrong (unknown
     * account, wrong password, disabled, no role in the directory), the answer is the same empty result.
     */
    @PermitAll
    public Optional<AuthenticatedCaller> authenticate(String username, char[] password) {
        Optional<Account> found = accounts.findByUsername(username);
        Optional<DirectorySettings> directory = DirectorySettings.from(ConfigProvider.getConfig(
                AccountService.class.getClassLoader()));
        Optional<Account> accepted;
        if (found.isPresent() && !found.get().isFromDirectory() || directory.isEmpty()) {
            String hash = found.map(Account::getPasswordHash).orElse(UNKNOWN_ACCOUNT_HASH);
            accepted = hasher.verify(password, hash) ? found : Optional.empty();
        } else {
            accepted = directoryAccount(directory.get(), username, password, found);
        }
        if (accepted.isEmpty() || !accepted.get().isEnabled()) {
            LOG.log(Level.INFO, "Login refused");
            return Optional.empty();
        }
        Account account = accepted.get();
        accounts.recordLogin(account.getId(), Instant.now());
        LOG.log(Level.INFO, "Login of account {0}", account.getId());
        return Optional.of(new AuthenticatedCaller(account.getUsername(), Set.of(account.getRole().roleName())));
    }

    /** The account of a person the directory accepts and gives a role, made at their first login. */
    private Optional<Account> directoryAccount(DirectorySettings settings, String username, char[] password,
            Optional<Account> existing) {
        Optional<DirectoryPerson> person = directory.authenticate(settings, username, password);
        Optional<Role> role = person.flatMap(found -> settings.roleFor(found.groups()));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        DirectoryPerson found = person.get();
        String email = found.email() != null && found.email().length() <= Account.EMAIL_MAX ? found.email() : null;
        String name = found.displayName().length() <= Account.DISPLAY_NAME_MAX
                ? found.displayName()
                : found.displayName().substring(0, Account.DISPLAY_NAME_MAX);
        if (existing.isPresent()) {
            existing.get().syncFromDirectory(name, role.get(), email);
            return existing;
        }
        Account account = Account.fromDirectory(username, name, role.get(), email, Instant.now());
        accounts.add(account);
        LOG.log(Level.INFO, "Account {0} made at a first directory login", account.getId());
        return Optional.of(account);
    }

    /** The account of whoever calls, for screens that show "logged in as". */
    @RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
    public AccountView currentAccount() {
        return AccountView.of(accounts.findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("error.account.notFound")));
    }

    public List<AccountView> list(int first, int pageSize) {
        return accounts.list(first, pageSize).stream().map(AccountView::of).toList();
    }

    public long count() {
        return accounts.count();
    }

    public AccountView get(long id) {
        return AccountView.of(find(id));
    }

    public AccountView create(NewAccount data) {
        validator.validate(data);
        if (accounts.findByUsername(data.username()).isPresent()) {
            throw new InvalidInputException(FieldError.of("username", "validation.account.usernameTaken"));
        }
        Organisation organisation = organisationFor(data.role(), data.organisationId());
        Account account = new Account(data.username(), data.displayName(), data.role(), organisation,
                hasher.hash(data.password().toCharArray()), Instant.now());
        account.changeEmail(data.email());
        accounts.add(account);
        LOG.log(Level.INFO, "Account {0} created with role {1}", account.getId(), data.role());
        return AccountView.of(account);
    }

    public AccountView disable(long id) {
        Account account = find(id);
        if (account.getUsername().equals(Account.normaliseUsername(session.getCallerPrincipal().getName()))) {
            throw new NotAllowedException("error.account.cannotDisableSelf");
        }
        account.disable();
        LOG.log(Level.INFO, "Account {0} disabled", id);
        return AccountView.of(account);
    }

    public AccountView enable(long id) {
        Account account = find(id);
        account.enable();
        LOG.log(Level.INFO, "Account {0} enabled", id);
        return AccountView.of(account);
    }

    private Account find(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("error.account.notFound"));
    }

    private Organisation organisationFor(Role role, Long organisationId) {
        if (role != Role.PARTNER) {
            if (organisationId != null) {
                throw new InvalidInputException(FieldError.of("organisationId", "validation.account.noOrganisation"));
            }
            return null;
        }
        if (organisationId == null) {
            throw new InvalidInputException(FieldError.of("organisationId", "validation.account.organisationRequired"));
        }
        Organisation organisation = organisations.find(organisationId)
                .filter(Organisation::isActive)
                .orElseThrow(() -> new InvalidInputException(
                        FieldError.of("organisationId", "validation.account.organisationRequired")));
        return organisation;
    }
}
