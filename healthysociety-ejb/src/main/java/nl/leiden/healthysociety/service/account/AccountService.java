package nl.leiden.healthysociety.service.account;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
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
import nl.leiden.healthysociety.service.security.LoginThrottling;
import nl.leiden.healthysociety.service.security.SecurityLog;
import nl.leiden.healthysociety.service.security.SecurityLog.Action;
import nl.leiden.healthysociety.service.security.SecurityLog.Result;
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

    @Inject
    LoginThrottling throttling;

    @Resource
    SessionContext session;

    /**
     * The outcome of a login with this username and password from this source address. An account made in this
     * database is checked against its hash; any other name goes to the directory, if one is configured, where the
     * person's groups decide the role (and their account here is made or brought up to date). Whatever went wrong
     * (unknown account, wrong password, disabled, no role in the directory) the refusal is the same; too many
     * failures for the name or from the address block further attempts for a while, even with the right password.
     * An account with a second factor is not logged in yet: the outcome asks for the code ({@link #confirmCode}).
     */
    @PermitAll
    public LoginOutcome authenticate(String username, char[] password, String origin) {
        return login(username, password, null, origin);
    }

    /**
     * A login with password and, for an account with a second factor, the current code of its authenticator app
     * at once: for programs calling the API, which send both with every request, so here a code may serve more
     * than one request within its 30 seconds. Without a code, the outcome asks for one.
     */
    @PermitAll
    public LoginOutcome authenticate(String username, char[] password, String code, String origin) {
        return login(username, password, code, origin);
    }

    /**
     * The second step of a login on screen, after {@link #authenticate(String, char[], String)} accepted the
     * password: the code of the authenticator app, which works only once. A wrong code counts as a failed login.
     */
    @PermitAll
    public LoginOutcome confirmCode(String username, String code, String origin) {
        Optional<Instant> blocked = throttling.blockedUntil(username, origin, Instant.now());
        if (blocked.isPresent()) {
            SecurityLog.event(Action.LOGIN, Result.BLOCKED, null, "second-factor", origin);
            return LoginOutcome.block(blocked.get());
        }
        Optional<Account> found = accounts.findByUsername(username)
                .filter(Account::isEnabled)
                .filter(Account::hasSecondFactor);
        OptionalLong step = found.isEmpty()
                ? OptionalLong.empty()
                : TotpCodes.matchingStep(found.get().getTotpSecret(), code, Instant.now());
        if (step.isEmpty() || !found.get().useCodeOf(step.getAsLong())) {
            return refuse(username, "second-factor", origin);
        }
        return accept(found.get(), origin);
    }

    private LoginOutcome login(String username, char[] password, String code, String origin) {
        Optional<Instant> blocked = throttling.blockedUntil(username, origin, Instant.now());
        if (blocked.isPresent()) {
            SecurityLog.event(Action.LOGIN, Result.BLOCKED, null, "login", origin);
            return LoginOutcome.block(blocked.get());
        }
        Optional<Account> found = accounts.findByUsername(username);
        Optional<Account> accepted = check(username, password, found);
        if (accepted.isEmpty() || !accepted.get().isEnabled()) {
            return refuse(username, found.map(account -> "account:" + account.getId())
                    .orElse("unknown-account"), origin);
        }
        Account account = accepted.get();
        if (account.hasSecondFactor() && code == null) {
            SecurityLog.event(Action.LOGIN, Result.CODE_REQUIRED, account.getId(), "account:" + account.getId(),
                    origin);
            return LoginOutcome.codeNeeded();
        }
        if (account.hasSecondFactor()
                && TotpCodes.matchingStep(account.getTotpSecret(), code, Instant.now()).isEmpty()) {
            return refuse(username, "second-factor", origin);
        }
        return accept(account, origin);
    }

    private LoginOutcome refuse(String username, String object, String origin) {
        SecurityLog.event(Action.LOGIN, Result.REFUSED, null, object, origin);
        pause(countFailure(username, origin));
        return throttling.blockedUntil(username, origin, Instant.now())
                .map(LoginOutcome::block)
                .orElse(LoginOutcome.refusal());
    }

    private LoginOutcome accept(Account account, String origin) {
        throttling.succeeded(account.getUsername());
        accounts.recordLogin(account.getId(), Instant.now());
        SecurityLog.event(Action.LOGIN, Result.SUCCESS, account.getId(), "account:" + account.getId(), origin);
        return LoginOutcome.of(new AuthenticatedCaller(account.getUsername(), Set.of(account.getRole().roleName())),
                account.requiresSecondFactor() && !account.hasSecondFactor());
    }

    /** The account whose password this is: by its hash if it was made here, otherwise by the directory. */
    private Optional<Account> check(String username, char[] password, Optional<Account> found) {
        Optional<DirectorySettings> settings = DirectorySettings.from(ConfigProvider.getConfig(
                AccountService.class.getClassLoader()));
        if (found.isPresent() && !found.get().isFromDirectory() || settings.isEmpty()) {
            String hash = found.map(Account::getPasswordHash).orElse(UNKNOWN_ACCOUNT_HASH);
            return hasher.verify(password, hash) ? found : Optional.empty();
        }
        return directoryAccount(settings.get(), username, password, found);
    }

    /** Counts the failure; two first failures for one name at once may both try to insert, so once more. */
    private Duration countFailure(String username, String origin) {
        try {
            return throttling.failed(username, origin, Instant.now());
        } catch (EJBException e) {
            return throttling.failed(username, origin, Instant.now());
        }
    }

    /** Answers a repeated failure later, so guessing goes slowly even before the block. */
    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /**
     * Logs that access was refused to whoever called (by account id; a principal without an account is logged as
     * unknown), for the security event log.
     */
    @PermitAll
    public void logDenied(String principalName, String object, String origin) {
        Long actor = principalName == null
                ? null
                : accounts.findByUsername(principalName).map(Account::getId).orElse(null);
        SecurityLog.event(Action.ACCESS, Result.DENIED, actor, object, origin);
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
        PasswordRules.check(data.password(), data.email()).ifPresent(error -> {
            throw new InvalidInputException(error);
        });
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
