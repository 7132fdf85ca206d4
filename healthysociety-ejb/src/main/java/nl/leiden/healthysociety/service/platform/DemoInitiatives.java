package nl.leiden.healthysociety.service.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.accord.Ambition;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;
import nl.leiden.healthysociety.domain.initiative.ProgressUpdate;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.reference.Theme;

/**
 * The initiatives of the Leiden Kennisstad agenda 2023-2027 (shared/seeds), from demo/initiatives.csv: number,
 * title, theme, leads, partners, areas, status, life stages, ambitions and a short description in our own words.
 * Part of the demo data only; a name that does not match fails loudly, so the file and the demo organisations stay
 * in step.
 */
@ApplicationScoped
public class DemoInitiatives {

    private static final String RESOURCE = "/demo/initiatives.csv";

    @Inject
    InitiativeRepository initiatives;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceRepository references;

    /** Loads the file and returns how many initiatives it created. Runs inside the caller's transaction. */
    int load() {
        Map<String, Theme> themes = byKey(references.themes(), Theme::getCode);
        Map<String, Area> areas = byKey(references.areas(), Area::getName);
        Map<String, Ambition> ambitions = byKey(references.ambitions(), Ambition::getCode);
        Instant now = Instant.now();
        List<String> lines = lines();
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(";", -1);
            Initiative initiative = new Initiative(cell[1], InitiativeStatus.valueOf(cell[6]),
                    each(cell[3], this::organisation), now);
            initiative.renumber(cell[0]);
            initiative.describe(cell[1], cell[9]);
            initiative.organise(each(cell[3], this::organisation), each(cell[4], this::organisation));
            initiative.classify(each(cell[2], themes::get), List.of(), each(cell[7], LifeStage::valueOf),
                    each(cell[5], areas::get), each(cell[8], ambitions::get));
            initiative.plan(LocalDate.of(2023, 1, 1), null);
            initiative.publish(true);
            initiatives.add(initiative);
            if ("1e".equals(cell[0]) || "1f".equals(cell[0])) {
                initiatives.add(new ProgressUpdate(initiative, LocalDate.of(2026, 9, 15),
                        "Voortgang besproken in de klankbordgroep; de volgende stappen zijn afgesproken.", null, null,
                        now));
            }
        }
        return lines.size() - 1;
    }

    private Organisation organisation(String name) {
        return organisations.findByName(name)
                .orElseThrow(() -> new IllegalStateException("Demo initiative names unknown organisation " + name));
    }

    private static <T> List<T> each(String cell, Function<String, T> lookup) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).map(name -> {
            T found = lookup.apply(name);
            if (found == null) {
                throw new IllegalStateException("Demo initiative names unknown entry " + name);
            }
            return found;
        }).toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    private static List<String> lines() {
        try (InputStream in = DemoInitiatives.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
