package nl.leiden.healthysociety.service.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.accord.AccordRepository;
import nl.leiden.healthysociety.domain.accord.Ambition;
import nl.leiden.healthysociety.domain.accord.Direction;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.IndicatorUnit;
import nl.leiden.healthysociety.domain.accord.Measurement;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;

/**
 * Demo indicators for the accord's four ambitions, with goals and measurements. The indicators are plausible (the
 * kind the GGD Gezondheidsmonitor and the municipality publish); every value is made up, stored as illustrative
 * and labelled so on screen.
 */
@ApplicationScoped
public class DemoAccord {

    private static final String GGD_ADULTS = "GGD Gezondheidsmonitor Volwassenen en Ouderen";
    private static final String GGD_YOUTH = "GGD Gezondheidsmonitor Jeugd";
    private static final String MUNICIPALITY = "Gemeente Leiden";
    private static final List<Integer> ADULT_YEARS = List.of(2012, 2016, 2020, 2022, 2024);
    private static final List<Integer> YOUTH_YEARS = List.of(2015, 2019, 2021, 2023);
    private static final List<Integer> YEARLY = List.of(2021, 2022, 2023, 2024, 2025);
    private static final Set<AreaLevel> CITY = Set.of(AreaLevel.STAD);
    private static final Set<AreaLevel> CITY_AND_DISTRICTS = Set.of(AreaLevel.STAD, AreaLevel.DISTRICT);

    /**
     * How much worse (above 1) or better than the city average each district scores, for illustration: the
     * districts the source documents name for health differences (Noord, the Mors, Stevenshof) score worse.
     */
    private static final Map<String, Double> DISTRICT_FACTOR = Map.of("Binnenstad-Noord", 0.92, "Binnenstad-Zuid",
            0.85, "Stationsdistrict", 0.95, "Leiden-Noord", 1.22, "Roodenburgerdistrict", 0.97,
            "Bos- en Gasthuisdistrict", 1.05, "Morsdistrict", 1.18, "Boerhaavedistrict", 0.88, "Merenwijkdistrict",
            1.02, "Stevenshofdistrict", 1.12);

    private record DemoIndicator(String ambition, String name, String definition, IndicatorUnit unit,
            Direction direction, int baselineYear, double baseline, int targetYear, double target, String source,
            String ageGroup, Set<AreaLevel> levels, List<Integer> years, double yearlyChange) {
    }

    private static final Map<String, List<String>> GOALS = Map.of("SAMENWERKEN",
            List.of("Meer partners sluiten aan bij het akkoord en werken samen in de wijken.",
                    "Inwoners denken mee over de aanpak in hun eigen wijk."),
            "GEZOND_GEWICHT",
            List.of("Minder kinderen en volwassenen met overgewicht.", "Meer inwoners bewegen voldoende."),
            "ROOKVRIJ", List.of("Minder jongeren beginnen met roken.", "Alle schoolterreinen zijn rookvrij."),
            "MENTAAL_GEZOND", List.of("Minder inwoners voelen zich ernstig eenzaam.",
                    "Inwoners met psychische klachten vinden op tijd hulp."));

    private static final List<DemoIndicator> INDICATORS = List.of(
            new DemoIndicator("SAMENWERKEN", "Partners aangesloten bij het preventieakkoord",
                    "Aantal organisaties dat het akkoord heeft ondertekend.", IndicatorUnit.COUNT,
                    Direction.HIGHER_IS_BETTER, 2021, 25, 2025, 45, MUNICIPALITY, null, CITY, YEARLY, 4.5),
            new DemoIndicator("SAMENWERKEN", "Inwoners die vinden dat zij kunnen meepraten over hun wijk",
                    "Percentage inwoners van 18 jaar en ouder dat het (helemaal) eens is met de stelling.",
                    IndicatorUnit.PERCENTAGE, Direction.HIGHER_IS_BETTER, 2020, 38, 2026, 45, "Stadsenquête Leiden",
                    "18 jaar en ouder", CITY_AND_DISTRICTS, ADULT_YEARS, 0.6),
            new DemoIndicator("GEZOND_GEWICHT", "Volwassenen met overgewicht",
                    "Percentage volwassenen met een BMI van 25 of hoger.", IndicatorUnit.PERCENTAGE,
                    Direction.LOWER_IS_BETTER, 2020, 41, 2030, 36, GGD_ADULTS, "18 jaar en ouder",
                    CITY_AND_DISTRICTS, ADULT_YEARS, -0.2),
            new DemoIndicator("GEZOND_GEWICHT", "Jongeren met overgewicht",
                    "Percentage leerlingen in klas 2 en 4 van het voortgezet onderwijs met overgewicht.",
                    IndicatorUnit.PERCENTAGE, Direction.LOWER_IS_BETTER, 2019, 11, 2027, 8, GGD_YOUTH, "13-16 jaar",
                    CITY_AND_DISTRICTS, YOUTH_YEARS, -0.45),
            new DemoIndicator("GEZOND_GEWICHT", "Volwassenen die voldoen aan de beweegrichtlijn",
                    "Percentage volwassenen dat minstens 150 minuten per week matig intensief beweegt.",
                    IndicatorUnit.PERCENTAGE, Direction.HIGHER_IS_BETTER, 2020, 52, 2030, 60, GGD_ADULTS,
                    "18 jaar en ouder", CITY_AND_DISTRICTS, ADULT_YEARS, 0.9),
            new DemoIndicator("ROOKVRIJ", "Jongeren die ooit gerookt hebben",
                    "Percentage leerlingen in klas 2 en 4 dat ooit heeft gerookt.", IndicatorUnit.PERCENTAGE,
                    Direction.LOWER_IS_BETTER, 2019, 20, 2027, 12, GGD_YOUTH, "13-16 jaar", CITY_AND_DISTRICTS,
                    YOUTH_YEARS, -1.2),
            new DemoIndicator("ROOKVRIJ", "Rookvrije schoolterreinen", "Aantal scholen met een rookvrij schoolterrein.",
                    IndicatorUnit.COUNT, Direction.HIGHER_IS_BETTER, 2021, 20, 2025, 45, MUNICIPALITY, null, CITY,
                    YEARLY, 4),
            new DemoIndicator("MENTAAL_GEZOND", "Volwassenen met een hoog risico op angst of depressie",
                    "Percentage volwassenen met een score van 30 of hoger op de Kessler-10.", IndicatorUnit.PERCENTAGE,
                    Direction.LOWER_IS_BETTER, 2020, 9, 2030, 7, GGD_ADULTS, "18 jaar en ouder",
                    CITY_AND_DISTRICTS, ADULT_YEARS, 0.15),
            new DemoIndicator("MENTAAL_GEZOND", "Ernstig eenzame volwassenen",
                    "Percentage volwassenen dat zich ernstig of zeer ernstig eenzaam voelt.", IndicatorUnit.PERCENTAGE,
                    Direction.LOWER_IS_BETTER, 2020, 12, 2030, 10, GGD_ADULTS, "18 jaar en ouder",
                    CITY_AND_DISTRICTS, ADULT_YEARS, -0.25),
            new DemoIndicator("MENTAAL_GEZOND", "Ervaren gezondheid jongeren",
                    "Gemiddeld rapportcijfer dat leerlingen hun eigen gezondheid geven.", IndicatorUnit.SCORE,
                    Direction.HIGHER_IS_BETTER, 2019, 7.4, 2027, 7.8, GGD_YOUTH, "13-16 jaar", CITY, YOUTH_YEARS,
                    -0.02));

    @Inject
    AccordRepository accords;

    @Inject
    ReferenceRepository references;

    /** Adds the demo indicators and their measurements, when the accord has no indicators yet; returns how many. */
    int load() {
        List<Ambition> ambitions = INDICATORS.stream()
                .map(DemoIndicator::ambition)
                .distinct()
                .map(code -> accords.findAmbitionByCode(code).orElseThrow())
                .toList();
        if (!accords.indicators(ambitions.stream().map(Ambition::getId).toList()).isEmpty()) {
            return 0;
        }
        ambitions.forEach(a -> a.replaceGoals(GOALS.getOrDefault(a.getCode(), List.of())));
        List<Area> areas = references.areas();
        Instant now = Instant.now();
        int order = 0;
        for (DemoIndicator demo : INDICATORS) {
            Indicator indicator = new Indicator(accords.findAmbitionByCode(demo.ambition()).orElseThrow(), demo.name(),
                    demo.unit(), demo.direction(), ++order);
            indicator.describe(demo.name(), demo.definition(), demo.unit(), demo.direction(), demo.source(),
                    demo.ageGroup(), demo.levels());
            indicator.aim(demo.baselineYear(), decimal(demo.baseline()), demo.targetYear(), decimal(demo.target()));
            accords.add(indicator);
            for (int year : demo.years()) {
                double city = demo.baseline() + demo.yearlyChange() * (year - demo.baselineYear());
                for (Area area : areas) {
                    if (!demo.levels().contains(area.getLevel()) || area.getLevel() == AreaLevel.WIJK) {
                        continue;
                    }
                    double value = area.getLevel() == AreaLevel.STAD ? city : district(demo, area, city, year);
                    Measurement measurement = new Measurement(indicator, year, area, decimal(value), now);
                    measurement.record(decimal(value), null, demo.source(), null, true, now);
                    accords.add(measurement);
                }
            }
        }
        return INDICATORS.size();
    }

    /**
     * A district's illustrative value: the city value scaled by how the district scores, the differences slowly
     * narrowing over the years, and clamped to what the unit allows.
     */
    private static double district(DemoIndicator demo, Area area, double city, int year) {
        double factor = DISTRICT_FACTOR.getOrDefault(area.getName(), 1.0);
        double narrowing = Math.max(0.5, 1 - 0.04 * (year - demo.years().get(0)));
        double worse = (factor - 1) * narrowing;
        double value = demo.direction() == Direction.LOWER_IS_BETTER ? city * (1 + worse) : city * (1 - worse);
        return demo.unit() == IndicatorUnit.PERCENTAGE ? Math.max(0, Math.min(100, value)) : Math.max(0, value);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
