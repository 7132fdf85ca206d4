package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;
import nl.leiden.healthysociety.domain.account.Role;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;
import nl.leiden.healthysociety.service.security.PasswordHasher;

/**
 * Fills an empty database with the Center's real partners (from the source documents) and one demo account per
 * role, when {@code healthysociety.demo-data} is true. Off by default: production starts empty. The demo
 * accounts and their shared password are listed in the README.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** The demo accounts' password; only ever used with demo data switched on. */
    public static final String DEMO_PASSWORD = "Leiden-demo-2026";

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    private record Partner(String name, OrganisationType type, boolean core, String website) {
    }

    private static final List<Partner> PARTNERS = List.of(
            new Partner("Gemeente Leiden", OrganisationType.GEMEENTE, true, "https://www.leiden.nl"),
            new Partner("Universiteit Leiden", OrganisationType.KENNISINSTELLING, true,
                    "https://www.universiteitleiden.nl"),
            new Partner("Hogeschool Leiden", OrganisationType.ONDERWIJS, true, "https://www.hsleiden.nl"),
            new Partner("mboRijnland", OrganisationType.ONDERWIJS, true, "https://www.mborijnland.nl"),
            new Partner("LUMC", OrganisationType.ZORG, true, "https://www.lumc.nl"),
            new Partner("TNO", OrganisationType.KENNISINSTELLING, false, "https://www.tno.nl"),
            new Partner("GGD Hollands Midden", OrganisationType.ZORG, false, "https://www.ggdhm.nl"),
            new Partner("Naturalis Biodiversity Center", OrganisationType.KENNISINSTELLING, false,
                    "https://www.naturalis.nl"),
            new Partner("Pharos", OrganisationType.KENNISINSTELLING, false, "https://www.pharos.nl"),
            new Partner("National eHealth Living Lab (NeLL)", OrganisationType.KENNISINSTELLING, false,
                    "https://nell.eu"),
            new Partner("Incluzio Leiden", OrganisationType.WELZIJN, false, "https://www.incluzioleiden.nl"),
            new Partner("Leren met de Stad", OrganisationType.KENNISINSTELLING, false, null),
            new Partner("Volkshuis", OrganisationType.WELZIJN, false, null),
            new Partner("De Bakkerij", OrganisationType.BEWONERSINITIATIEF, false, null),
            new Partner("Leiden Bio Science Park", OrganisationType.BEDRIJF, false, null),
            new Partner("StudioMoio", OrganisationType.BEDRIJF, false, null));

    @Inject
    @ConfigProperty(name = "healthysociety.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @PostConstruct
    void load() {
        if (!enabled || accounts.count() > 0) {
            return;
        }
        for (Partner partner : PARTNERS) {
            Organisation organisation = new Organisation(partner.name(), partner.type());
            organisation.describe(partner.core(), partner.website(), null, null);
            organisations.add(organisation);
        }
        PasswordHasher hasher = new PasswordHasher();
        Instant now = Instant.now();
        Organisation ggd = organisations.findByName("GGD Hollands Midden").orElseThrow();
        Organisation hogeschool = organisations.findByName("Hogeschool Leiden").orElseThrow();
        accounts.add(new Account("beheerder", "Beheerder Healthy Society Center", Role.BEHEERDER, null,
                hasher.hash(DEMO_PASSWORD.toCharArray()), now));
        accounts.add(new Account("medewerker", "Medewerker Gemeente Leiden", Role.MEDEWERKER, null,
                hasher.hash(DEMO_PASSWORD.toCharArray()), now));
        accounts.add(new Account("partner-ggd", "Partner GGD Hollands Midden", Role.PARTNER, ggd,
                hasher.hash(DEMO_PASSWORD.toCharArray()), now));
        accounts.add(new Account("partner-hsl", "Partner Hogeschool Leiden", Role.PARTNER, hogeschool,
                hasher.hash(DEMO_PASSWORD.toCharArray()), now));
        LOG.log(Level.INFO, "Demo data loaded: {0} organisations, 4 accounts", PARTNERS.size());
    }
}
