package nl.leiden.healthysociety.service.account;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountToken;
import nl.leiden.healthysociety.domain.account.Role;
import nl.leiden.healthysociety.domain.account.TokenPurpose;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.platform.Tokens;
import nl.leiden.healthysociety.service.security.PasswordHasher;
import nl.leiden.healthysociety.service.security.SecurityLog;

/**
 * Passwords chosen by people themselves. A beheerder invites a partner's employee by e-mail; the one-time link (a
 * week) lets them choose a password. Anyone may ask for a reset link (an hour) for an e-mail address: the answer is
 * the same whether an account has that address or not, and directory accounts get none (their password is the
 * directory's). Every chosen password follows {@link PasswordRules}.
 */
@Stateless
@RolesAllowed(BEHEERDER)
public class PasswordService {

    static final Duration INVITATION_VALID = Duration.ofDays(7);
    static final Duration RESET_VALID = Duration.ofHours(1);
    /** More open reset links than this for one account and no more are sent: nobody can flood a mailbox. */
    static final int OPEN_RESETS_MAX = 3;

    private static final System.Logger LOG = System.getLogger(PasswordService.class.getName());

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    AccountMails mails;

    @Inject
    CommandValidator validator;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** Makes the partner account (its login is the e-mail address) and mails the invitation link. */
    public AccountView invite(Invitation data) {
        validator.validate(data);
        String username = Account.normaliseUsername(data.email());
        if (!em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty()) {
            throw new InvalidInputException(FieldError.of("email", "validation.account.usernameTaken"));
        }
        Organisation organisation = em.find(Organisation.class, data.organisationId());
        if (organisation == null || !organisation.isActive()) {
            throw new InvalidInputException(FieldError.of("organisationId", "validation.account.organisationRequired"));
        }
        Instant now = Instant.now();
        Account account = new Account(username, data.displayName(), Role.PARTNER, organisation,
                Account.NO_PASSWORD_YET, now);
        account.changeEmail(data.email());
        em.persist(account);
        String code = Tokens.next();
        Instant expires = now.plus(INVITATION_VALID);
        em.persist(new AccountToken(account, TokenPurpose.INVITATION, Tokens.sha256(code), now, expires));
        em.flush();
        mails.invitation(account, code, expires);
        LOG.log(Level.INFO, "Account {0} invited for organisation {1}", account.getId(), organisation.getId());
        return AccountView.of(account);
    }

    /** Mails a reset link to each enabled local account with this address; says nothing about whether there is one. */
    @PermitAll
    public void requestReset(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        List<Account> accounts = em.createQuery("select a from Account a where lower(a.email) = :email"
                + " and a.enabled = true", Account.class)
                .setParameter("email", address)
                .getResultList();
        for (Account account : accounts) {
            long open = em.createQuery("select count(t) from AccountToken t where t.account = :account"
                    + " and t.purpose = :reset and t.usedAt is null and t.expiresAt > :now", Long.class)
                    .setParameter("account", account)
                    .setParameter("reset", TokenPurpose.RESET)
                    .setParameter("now", now)
                    .getSingleResult();
            if (account.isFromDirectory() || open >= OPEN_RESETS_MAX) {
                continue;
            }
            String code = Tokens.next();
            Instant expires = now.plus(RESET_VALID);
            em.persist(new AccountToken(account, TokenPurpose.RESET, Tokens.sha256(code), now, expires));
            mails.reset(account, code, expires);
            LOG.log(Level.INFO, "Password reset link sent for account {0}", account.getId());
        }
    }

    /** What a link is for, if it still works; a used, expired or made-up code is simply not found. */
    @PermitAll
    public PasswordLink link(String code) {
        AccountToken token = usable(code, Instant.now());
        Account account = token.getAccount();
        return new PasswordLink(token.getPurpose(), account.getDisplayName(), account.getUsername(),
                token.getExpiresAt());
    }

    /** Sets the password chosen through a link; the link, and any other open link of the account, stops working. */
    @PermitAll
    public void setPassword(String code, String password, String repeated) {
        Instant now = Instant.now();
        AccountToken token = usable(code, now);
        Account account = token.getAccount();
        PasswordRules.check(password, account.getEmail()).ifPresent(error -> {
            throw new InvalidInputException(error);
        });
        if (!password.equals(repeated)) {
            throw new InvalidInputException(FieldError.of("repeated", "validation.password.repeat"));
        }
        account.changePasswordHash(hasher.hash(password.toCharArray()));
        for (AccountToken open : em.createQuery("select t from AccountToken t where t.account = :account"
                + " and t.usedAt is null", AccountToken.class).setParameter("account", account).getResultList()) {
            open.use(now);
        }
        SecurityLog.event(SecurityLog.Action.PASSWORD, SecurityLog.Result.SUCCESS, account.getId(),
                token.getPurpose().name().toLowerCase(Locale.ROOT), null);
    }

    private AccountToken usable(String code, Instant now) {
        List<AccountToken> found = code == null || code.isBlank() || code.length() > 100
                ? List.of()
                : em.createQuery("select t from AccountToken t join fetch t.account where t.codeHash = :hash",
                        AccountToken.class).setParameter("hash", Tokens.sha256(code)).getResultList();
        if (found.isEmpty() || !found.get(0).isUsableAt(now) || !found.get(0).getAccount().isEnabled()) {
            throw new NotFoundException("error.password.linkNotValid");
        }
        return found.get(0);
    }

}
