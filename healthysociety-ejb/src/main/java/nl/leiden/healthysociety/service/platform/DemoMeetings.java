package nl.leiden.healthysociety.service.platform;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.meeting.ActionPlan;
import nl.leiden.healthysociety.domain.meeting.ActionPlanStatus;
import nl.leiden.healthysociety.domain.meeting.Collaboration;
import nl.leiden.healthysociety.domain.meeting.Insight;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.meeting.ThemeGroup;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.service.meeting.LeidenTime;

/**
 * Demo meetings: the first Beleidslab "Gezondheid in de binnenstad" (9 September 2025, De StadsKamer) with its
 * three theme groups and the insights from its report, the announced second Beleidslab (18 November 2025), and
 * Kenniscafés in the coming months on topics the Center has held them on before.
 */
@ApplicationScoped
public class DemoMeetings {

    private static final String STADSKAMER = "De StadsKamer, Leiden";

    private static final Map<String, List<String>> FIRST_LAB_INSIGHTS = Map.of(
            "Ontmoeting", List.of(
                    "Ontmoeting ontstaat vooral bij voorzieningen zoals buurthuizen, pleinen en speelplekken.",
                    "Programmering van activiteiten (buurtinitiatieven, gezamenlijke maaltijden, samen tuinieren) kan sociale verbinding versterken.",
                    "Spelelementen in de openbare ruimte (schaakborden, pingpong, wandelroutes) stimuleren spontane ontmoetingen.",
                    "Bewoners moeten actief bevraagd worden over hun wensen en behoeften.",
                    "Samenwerking met organisaties (o.a. Incluzio, woningcorporaties, De Bakkerij, Volkshuis) biedt concrete kansen.",
                    "Digitale platforms (Nextdoor, Sleutel) kunnen de verbinding online ondersteunen."),
            "Mobiliteit", List.of(
                    "Lopen, fietsen en ov aantrekkelijker en veiliger maken door goede routes.",
                    "Duidelijke scheiding van verkeersstromen en voldoende rustpunten.",
                    "Alternatieven stimuleren zoals deelmobiliteit, pendelbussen en vervoer over water.",
                    "Auto's meer aan de rand van de stad, met slimme parkeervoorzieningen en efficiënte bevoorrading.",
                    "Betrekken van bewoners, studenten en ondernemers is essentieel voor draagvlak.",
                    "Tijdelijke initiatieven en proefprojecten kunnen gewenning en acceptatie vergroten."),
            "Groen", List.of(
                    "Groen vervult meerdere functies: ontspanning, ontmoeting, beweging, biodiversiteit en klimaatbestendigheid.",
                    "Veiligheid en gebruiksgemak zijn cruciaal (zichtlijnen, scheiding van stromen).",
                    "Variatie in beplanting en goed beheer zorgen voor aantrekkelijk en duurzaam groen.",
                    "Afweging kunstgras vs. natuurlijk groen: natuurlijk groen biedt meer voordelen voor welzijn en biodiversiteit.",
                    "Bewonersparticipatie en kleine initiatieven versterken betrokkenheid en eigenaarschap."));

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Inject
    OrganisationRepository organisations;

    /** Adds the demo meetings when there are no meetings yet; returns how many. */
    int load() {
        if (em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Theme health = em.createQuery("select t from Theme t where t.code = 'GEZONDHEID_WELZIJN'", Theme.class)
                .getSingleResult();
        Organisation gemeente = organisation("Gemeente Leiden");
        List<Organisation> core = List.of(gemeente, organisation("Universiteit Leiden"),
                organisation("Hogeschool Leiden"), organisation("mboRijnland"), organisation("LUMC"));

        Meeting firstLab = meeting(MeetingType.BELEIDSLAB, "Beleidslab: Gezondheid in de binnenstad",
                LocalDateTime.of(2025, 9, 9, 13, 30), LocalDateTime.of(2025, 9, 9, 17, 0), 40, core, health,
                "Hoe kan gezondheid stevig worden verankerd in het nieuwe omgevingsprogramma voor de Leidse binnenstad?",
                "Experts van de kernpartners, TNO, GGD Hollands Midden en LUMC denken na over de centrale vraag: hoe kan"
                        + " gezondheid stevig worden verankerd in het nieuwe omgevingsprogramma voor de Leidse binnenstad?"
                        + " Na een plenaire toelichting op de beleidskaders van de gemeente gaan we uiteen in drie"
                        + " themagroepen.",
                "Professionals van de partners");
        firstLab.groupInto(List.of("Ontmoeting", "Mobiliteit", "Groen"));
        firstLab.writeMinutes("Na een plenaire toelichting op de beleidskaders van de gemeente en wat een"
                + " omgevingsprogramma inhoudt, gingen we uiteen in drie themagroepen: ontmoeting, mobiliteit en groen."
                + " De inzichten worden meegenomen als input voor het omgevingsprogramma Binnenstad.");
        em.flush();
        Instant now = Instant.now();
        for (ThemeGroup group : firstLab.getThemeGroups()) {
            for (String text : FIRST_LAB_INSIGHTS.get(group.getName())) {
                em.persist(new Insight(firstLab, group, text, now));
            }
        }
        ActionPlan plan = new ActionPlan(firstLab, "Inzichten verwerken in het omgevingsprogramma Binnenstad",
                gemeente, now);
        plan.describe(plan.getTitle(), gemeente, "Team omgevingsprogramma Binnenstad", LocalDate.of(2026, 3, 31));
        plan.changeStatus(ActionPlanStatus.LOPEND);
        em.persist(plan);
        em.persist(new Collaboration(firstLab, List.of(organisation("GGD Hollands Midden"), organisation("TNO"),
                gemeente), "Gezondheidsdata per buurt van de binnenstad samen duiden voor het omgevingsprogramma.",
                now));

        meeting(MeetingType.BELEIDSLAB, "Tweede Beleidslab: een gezond en vitaal Leiden in 2030",
                LocalDateTime.of(2025, 11, 18, 13, 30), LocalDateTime.of(2025, 11, 18, 17, 0), 40, core, health,
                "Sport, Gezondheid en Spelen",
                "Het beleid rondom Sport, Gezondheid en Spelen wordt vernieuwd. Alle gezondheidspartners denken mee over"
                        + " een gezond en vitaal Leiden in 2030.",
                "Gezondheidspartners");

        LocalDate firstThursday = LocalDate.now(LeidenTime.ZONE)
                .plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        meeting(MeetingType.KENNISCAFE, "Kenniscafé: voeding bij peuters", evening(firstThursday),
                evening(firstThursday).plusHours(2), 30, List.of(organisation("GGD Hollands Midden"), gemeente), health,
                "Voeding bij peuters",
                "Ouders, kinderopvang, jeugdgezondheidszorg en onderzoekers in gesprek over gezonde voeding voor de"
                        + " jongste Leidenaren: wat werkt, en wat hebben ouders nodig?",
                "Ouders, professionals en studenten").publish();
        LocalDate secondThursday = firstThursday.plusWeeks(5);
        meeting(MeetingType.KENNISCAFE, "Kenniscafé: bewegen bij ouderen", evening(secondThursday),
                evening(secondThursday).plusHours(2), 30, List.of(organisation("Hogeschool Leiden"), gemeente), health,
                "Bewegen bij ouderen",
                "Hoe blijven ouderen in Leiden in beweging? Onderzoekers en sportaanbieders delen ervaringen met"
                        + " inwoners.",
                "Inwoners en professionals").publish();
        LocalDate thirdThursday = secondThursday.plusWeeks(5);
        meeting(MeetingType.KENNISCAFE, "Kenniscafé: mentaal welzijn van studenten", evening(thirdThursday),
                evening(thirdThursday).plusHours(2), 40,
                List.of(organisation("Universiteit Leiden"), organisation("mboRijnland"),
                        organisation("Hogeschool Leiden")),
                health, "Mentaal welzijn van studenten",
                "Studenten, docenten en studentenwelzijn praten over druk, eenzaamheid en wat helpt.",
                "Studenten en professionals");
        return 5;
    }

    private Meeting meeting(MeetingType type, String title, LocalDateTime start, LocalDateTime end, int capacity,
            List<Organisation> organisers, Theme theme, String topic, String description, String audience) {
        Meeting meeting = new Meeting(type, title, LeidenTime.instant(start), LeidenTime.instant(end), STADSKAMER,
                capacity, organisers, Instant.now());
        meeting.describe(title, topic, theme, description, audience);
        if (type == MeetingType.BELEIDSLAB) {
            meeting.publish();
        }
        em.persist(meeting);
        return meeting;
    }

    private static LocalDateTime evening(LocalDate date) {
        return date.atTime(LocalTime.of(19, 30));
    }

    private Organisation organisation(String name) {
        return organisations.findByName(name).orElseThrow();
    }
}
