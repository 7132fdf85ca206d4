package nl.leiden.healthysociety.service.account;

/**
 * The second factor of one's own account: whether it is set up, whether the account may do without it, and whether
 * the directory handles the login instead.
 */
public record SecondFactorStatus(String username, boolean active, boolean required, boolean fromDirectory) {
}
