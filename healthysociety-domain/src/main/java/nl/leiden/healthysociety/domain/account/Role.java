package nl.leiden.healthysociety.domain.account;

/**
 * The roles of the platform. The constant names in {@link Names} are what security annotations and the container's
 * group-to-role mapping use.
 */
public enum Role {
    BEHEERDER(Names.BEHEERDER), MEDEWERKER(Names.MEDEWERKER), PARTNER(Names.PARTNER);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name the container knows this role by. */
    public String roleName() {
        return roleName;
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String BEHEERDER = "beheerder";
        public static final String MEDEWERKER = "medewerker";
        public static final String PARTNER = "partner";

        private Names() {
        }
    }
}
