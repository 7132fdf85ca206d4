package nl.leiden.healthysociety.service.initiative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import nl.leiden.healthysociety.domain.initiative.LifeStage;
import nl.leiden.healthysociety.service.reference.Named;

/**
 * Everything a page of initiatives links to (themes, leads, partners, target groups, areas, ambitions, life
 * stages), read in one query for the whole page instead of one lazy collection at a time: the open-data API
 * answers many requests, and seven round trips per page were most of its time.
 */
record InitiativeLinks(List<Named> themes, List<Named> leads, List<Named> partners, List<Named> targetGroups,
        List<Named> areas, List<Named> ambitions, Set<LifeStage> lifeStages) {

    private static final String QUERY = "select x.initiative_id, 'T', t.id, t.name from initiative_theme x"
            + " join theme t on t.id = x.theme_id where x.initiative_id in (:ids)"
            + " union all select x.initiative_id, 'L', o.id, o.name from initiative_lead x"
            + " join organisation o on o.id = x.organisation_id where x.initiative_id in (:ids)"
            + " union all select x.initiative_id, 'P', o.id, o.name from initiative_partner x"
            + " join organisation o on o.id = x.organisation_id where x.initiative_id in (:ids)"
            + " union all select x.initiative_id, 'G', g.id, g.name from initiative_target_group x"
            + " join target_group g on g.id = x.target_group_id where x.initiative_id in (:ids)"
            + " union all select x.initiative_id, 'A', a.id, a.name from initiative_area x"
            + " join area a on a.id = x.area_id where x.initiative_id in (:ids)"
            + " union all select x.initiative_id, 'M', a.id, a.name from initiative_ambition x"
            + " join ambition a on a.id = x.ambition_id where x.initiative_id in (:ids)"
            + " union all select x.initiative_id, 'S', 0, x.life_stage from initiative_life_stage x"
            + " where x.initiative_id in (:ids)";

    static final InitiativeLinks NONE = new InitiativeLinks(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), Set.of());

    static Map<Long, InitiativeLinks> load(EntityManager em, Collection<Long> ids) {
        Map<Long, Map<Character, List<Named>>> collected = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object row : em.createNativeQuery(QUERY).setParameter("ids", ids).getResultList()) {
                Object[] cells = (Object[]) row;
                long initiative = ((Number) cells[0]).longValue();
                char kind = cells[1].toString().charAt(0);
                collected.computeIfAbsent(initiative, k -> new HashMap<>())
                        .computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new Named(((Number) cells[2]).longValue(), (String) cells[3]));
            }
        }
        Map<Long, InitiativeLinks> links = new HashMap<>();
        for (Long id : ids) {
            Map<Character, List<Named>> kinds = collected.getOrDefault(id, Map.of());
            Set<LifeStage> stages = EnumSet.noneOf(LifeStage.class);
            kinds.getOrDefault('S', List.of()).forEach(stage -> stages.add(LifeStage.valueOf(stage.name())));
            links.put(id, new InitiativeLinks(sorted(kinds.get('T')), sorted(kinds.get('L')), sorted(kinds.get('P')),
                    sorted(kinds.get('G')), sorted(kinds.get('A')), sorted(kinds.get('M')), stages));
        }
        return links;
    }

    private static List<Named> sorted(List<Named> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().sorted(Comparator.comparing((Named n) -> n.name().toLowerCase())).toList();
    }
}
