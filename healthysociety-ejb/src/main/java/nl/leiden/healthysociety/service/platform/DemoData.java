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
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
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
@DependsOn({"DatabaseMigration", "AuditTrailRegistration"})
public class DemoData {

    /** The demo accounts' password; only ever used with demo data switched on. */
    public static final String DEMO_PASSWORD = "Leiden-demo-2026";

    /**
     * The key of the demo beheerder's second factor (beheerders must have one): add it to an authenticator app, or
     * print the current code with {@code oathtool --totp -b KEY}. Only ever used with demo data switched on.
     */
    public static final String DEMO_BEHEERDER_KEY = "LEIDENHEALTHYSOCIETYDEMOBEHEERDR";

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
            new Partner("StudioMoio", OrganisationType.BEDRIJF, false, null),
            new Partner("BplusC", OrganisationType.OVERIG, false, null),
            new Partner("Cardea", OrganisationType.ZORG, false, null),
            new Partner("Citizen Science Lab", OrganisationType.KENNISINSTELLING, false, null),
            new Partner("Cultuurfonds Leiden", OrganisationType.OVERIG, false, null),
            new Partner("Holland Rijnland", OrganisationType.GEMEENTE, false, null),
            new Partner("Hortus botanicus Leiden", OrganisationType.KENNISINSTELLING, false, null),
            new Partner("Leidse Rechtswinkel", OrganisationType.OVERIG, false, null),
            new Partner("Leyden Academy", OrganisationType.KENNISINSTELLING, false, null),
            new Partner("Luris", OrganisationType.KENNISINSTELLING, false, null),
            new Partner("PLNT", OrganisationType.BEDRIJF, false, null),
            new Partner("Rijksmuseum Boerhaave", OrganisationType.OVERIG, false, null),
            new Partner("Taalmuseum", OrganisationType.OVERIG, false, null),
            new Partner("Topaz", OrganisationType.ZORG, false, null));

    @Inject
    @ConfigProperty(name = "healthysociety.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    DemoInitiatives demoInitiatives;

    @Inject
    InitiativeRepository initiativeRepository;

    @Inject
    DemoAccord demoAccord;

    @Inject
    DemoMeetings demoMeetings;

    @Inject
    DemoFestival demoFestival;

    @Inject
    DemoQuestions demoQuestions;

    /**
     * Adds whatever part of the demo data is missing, so a database made with an older version of the demo data
     * gets the newer parts too: missing partners and accounts by name, the initiatives if there are none.
     */
    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (Partner partner : PARTNERS) {
            if (organisations.findByName(partner.name()).isEmpty()) {
                Organisation organisation = new Organisation(partner.name(), partner.type());
                organisation.describe(partner.core(), partner.website(), null, null);
                organisations.add(organisation);
                added++;
            }
        }
        Organisation ggd = organisations.findByName("GGD Hollands Midden").orElseThrow();
        Organisation hogeschool = organisations.findByName("Hogeschool Leiden").orElseThrow();
        addAccount("beheerder", "Beheerder Healthy Society Center", Role.BEHEERDER, null);
        addAccount("medewerker", "Medewerker Gemeente Leiden", Role.MEDEWERKER, null);
        addAccount("partner-ggd", "Partner GGD Hollands Midden", Role.PARTNER, ggd);
        addAccount("partner-hsl", "Partner Hogeschool Leiden", Role.PARTNER, hogeschool);
        int initiatives = initiativeRepository.count(InitiativeQuery.all()) == 0 ? demoInitiatives.load() : 0;
        int indicators = demoAccord.load();
        int meetings = demoMeetings.load();
        int proposals = demoFestival.load();
        int questions = demoQuestions.load();
        LOG.log(Level.INFO, "Demo data: {0} organisations, {1} initiatives, {2} indicators, {3} meetings, {4}"
                + " festival sessions and {5} questions added", added, initiatives, indicators, meetings, proposals,
                questions);
    }

    private void addAccount(String username, String displayName, Role role, Organisation organisation) {
        if (accounts.findByUsername(username).isEmpty()) {
            Account account = new Account(username, displayName, role, organisation,
                    new PasswordHasher().hash(DEMO_PASSWORD.toCharArray()), Instant.now());
            // A reserved domain: demo mail never reaches a real person.
            account.changeEmail(username + "@healthysociety.example");
            if (account.requiresSecondFactor()) {
                account.enrolSecondFactor(DEMO_BEHEERDER_KEY, 0);
            }
            accounts.add(account);
        }
    }
}
