package nl.leiden.healthysociety.service.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.LoginThrottle;
import nl.leiden.healthysociety.service.platform.Tokens;

/**
 * Slows down and then blocks password guessing, per account and per source address. Failures are counted within
 * a window ({@code healthysociety.login.window-minutes}, 15); an account is blocked after
 * {@code healthysociety.login.account-failures} (5), an address after {@code healthysociety.login.address-failures}
 * (20), each for {@code healthysociety.login.block-minutes} (15). From the third failure of an account on, each
 * refusal is answered a little later. The counts live in the database, so every instance of a cluster sees them;
 * each change is its own transaction, so a failed login is counted even though the login itself changes nothing.
 */
@Stateless
@PermitAll
public class LoginThrottling {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int SLOWDOWN_FROM = 3;
    private static final Duration MAX_DELAY = Duration.ofSeconds(3);

    @Inject
    @ConfigProperty(name = "healthysociety.login.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "healthysociety.login.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "healthysociety.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "healthysociety.login.block-minutes", defaultValue = "15")
    int blockMinutes;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** Until when logins for this name or from this address are refused, if they are now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> blockedUntil(String username, String origin, Instant now) {
        return keys(username, origin).stream()
                .map(key -> em.find(LoginThrottle.class, key))
                .filter(Objects::nonNull)
                .filter(throttle -> throttle.isBlockedAt(now))
                .map(LoginThrottle::getBlockedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a failed login; returns how long to wait before answering it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration failed(String username, String origin, Instant now) {
        Duration window = Duration.ofMinutes(windowMinutes);
        Duration block = Duration.ofMinutes(blockMinutes);
        LoginThrottle account = throttle(accountKey(username), now);
        account.failed(now, window, Math.max(1, accountFailures), block);
        throttle(addressKey(origin), now).failed(now, window, Math.max(1, addressFailures), block);
        em.createQuery("delete from LoginThrottle t where t.windowStart < :old"
                + " and (t.blockedUntil is null or t.blockedUntil < :now)")
                .setParameter("old", now.minus(FORGET_AFTER))
                .setParameter("now", now)
                .executeUpdate();
        int over = account.getFailures() - SLOWDOWN_FROM + 1;
        return over <= 0 ? Duration.ZERO : MAX_DELAY.multipliedBy(Math.min(over, 3)).dividedBy(3);
    }

    /** A successful login clears the account's failures (not the address's: one good login does not excuse many). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String username) {
        LoginThrottle account = em.find(LoginThrottle.class, accountKey(username));
        if (account != null && account.getBlockedUntil() == null) {
            em.remove(account);
        }
    }

    private LoginThrottle throttle(String key, Instant now) {
        LoginThrottle found = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            return found;
        }
        LoginThrottle created = new LoginThrottle(key, now);
        em.persist(created);
        em.flush();
        return created;
    }

    private static List<String> keys(String username, String origin) {
        return List.of(accountKey(username), addressKey(origin));
    }

    static String accountKey(String username) {
        String normalised = Account.normaliseUsername(username);
        return Tokens.sha256("account:" + (normalised == null ? "" : normalised));
    }

    static String addressKey(String origin) {
        return Tokens.sha256("address:" + (origin == null ? "" : origin));
    }

}
