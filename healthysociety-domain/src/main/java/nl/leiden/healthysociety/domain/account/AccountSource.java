package nl.leiden.healthysociety.domain.account;

/**
 * Where an account's password is checked: {@link #LOCAL} in this database (partners, and accounts a beheerder
 * makes), {@link #DIRECTORY} in the municipality's directory (employees who log in with their intranet account).
 */
public enum AccountSource {
    LOCAL, DIRECTORY
}
