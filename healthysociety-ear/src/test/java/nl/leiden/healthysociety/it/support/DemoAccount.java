package nl.leiden.healthysociety.it.support;

/**
 * The demo accounts that the application creates on an empty database when demo data is on (as in the tests). Two
 * partners of different organisations, so tests can try one organisation's rights on the other's data.
 */
public enum DemoAccount {
    BEHEERDER("beheerder", "Beheerder"), MEDEWERKER("medewerker", "Medewerker"), PARTNER_GGD("partner-ggd",
            "Partner"), PARTNER_HSL("partner-hsl", "Partner");

    /** Shared by all demo accounts; see the README. */
    public static final String PASSWORD = "Leiden-demo-2026";

    /** The key of the demo beheerder's second factor (beheerders must have one); see the README. */
    public static final String BEHEERDER_KEY = "LEIDENHEALTHYSOCIETYDEMOBEHEERDR";

    private final String username;
    private final String roleLabel;

    DemoAccount(String username, String roleLabel) {
        this.username = username;
        this.roleLabel = roleLabel;
    }

    public String username() {
        return username;
    }

    /** The key of the account's authenticator app, or null if it logs in with a password alone. */
    public String secondFactorKey() {
        return this == BEHEERDER ? BEHEERDER_KEY : null;
    }

    /** How the start page names the role, in Dutch. */
    public String roleLabel() {
        return roleLabel;
    }
}
