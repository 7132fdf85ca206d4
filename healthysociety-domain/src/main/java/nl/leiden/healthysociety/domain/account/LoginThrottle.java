package nl.leiden.healthysociety.domain.account;

import java.time.Duration;
import java.time.Instant;

import nl.leiden.healthysociety.domain.shared.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins for one account or one source address (known only by a hash of it), counted within a window. After
 * a number of failures the key is blocked for a while; a success clears an account's count.
 */
@Entity
@NotAudited
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String keyHash, Instant now) {
        this.keyHash = keyHash;
        this.windowStart = now;
    }

    /** Whether logins for this key are refused at this moment. */
    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /**
     * Counts a failure; failures older than the window are forgotten first. The failure that reaches the limit
     * blocks the key for the block time.
     */
    public void failed(Instant now, Duration window, int limit, Duration block) {
        if (windowStart.plus(window).isBefore(now) && !isBlockedAt(now)) {
            failures = 0;
            windowStart = now;
            blockedUntil = null;
        }
        failures++;
        if (failures >= limit) {
            blockedUntil = now.plus(block);
        }
    }

    public String getKeyHash() {
        return keyHash;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
