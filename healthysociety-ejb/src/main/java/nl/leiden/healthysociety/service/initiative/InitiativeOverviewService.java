package nl.leiden.healthysociety.service.initiative;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.service.reference.Named;
import nl.leiden.healthysociety.service.reference.ReferenceLists.AreaChoice;

/**
 * The inventory seen as a whole: where themes and ambitions are covered, who works with whom, and who is still
 * missing. Counts only current initiatives (idea, in preparation, running): finished and stopped work does not
 * cover a neighbourhood. Aggregates run in the database, so they stay fast with thousands of initiatives.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class InitiativeOverviewService {

    /** The network view draws at most this many organisations; the text names the rest where it matters. */
    public static final int MAX_NODES = 40;
    private static final int STRONGEST_TIES = 10;
    private static final int MISSING = 10;

    static final String CURRENT = "('" + InitiativeStatus.IDEE + "', '" + InitiativeStatus.IN_VOORBEREIDING + "', '"
            + InitiativeStatus.LOPEND + "')";

    /** Who takes part in which current initiative, as lead or partner. */
    private static final String INVOLVEMENT = "select l.initiative_id, l.organisation_id from initiative_lead l"
            + " join initiative i on i.id = l.initiative_id where i.status in " + CURRENT
            + " union select p.initiative_id, p.organisation_id from initiative_partner p"
            + " join initiative i on i.id = p.initiative_id where i.status in " + CURRENT;

    /**
     * The initiative's areas and the areas that contain them (a neighbourhood's district, a district's city):
     * whoever works on the theme city-wide is relevant to a neighbourhood initiative too.
     */
    private static final String AREAS_AND_WHAT_CONTAINS_THEM = "select area_id from initiative_area where initiative_id = :id"
            + " union select ar.parent_id from area ar join initiative_area x on x.area_id = ar.id"
            + " where x.initiative_id = :id"
            + " union select up.parent_id from area up join area ar on ar.parent_id = up.id"
            + " join initiative_area x on x.area_id = ar.id where x.initiative_id = :id";

    /** What a coverage matrix has as rows. */
    public enum Rows {
        THEMES, AMBITIONS
    }

    @Inject
    ReferenceRepository references;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public CoverageMatrix coverage(Rows rows) {
        List<Named> rowItems = rows == Rows.THEMES
                ? references.themes().stream().map(t -> new Named(t.getId(), t.getName())).toList()
                : references.ambitions().stream().map(a -> new Named(a.getId(), a.getName())).toList();
        String link = rows == Rows.THEMES
                ? "initiative_theme x on x.initiative_id = i.id, x.theme_id"
                : "initiative_ambition x on x.initiative_id = i.id, x.ambition_id";
        String[] parts = link.split(", ");
        List<?> result = em.createNativeQuery("select " + parts[1] + ", ia.area_id, count(distinct i.id)"
                + " from initiative i join " + parts[0]
                + " join initiative_area ia on ia.initiative_id = i.id"
                + " where i.status in " + CURRENT + " group by " + parts[1] + ", ia.area_id").getResultList();
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        for (Object row : result) {
            Object[] cells = (Object[]) row;
            counts.computeIfAbsent(number(cells[0]), k -> new HashMap<>()).put(number(cells[1]), number(cells[2]));
        }
        List<AreaChoice> areas = references.areas()
                .stream()
                .map(a -> new AreaChoice(a.getId(), a.getName(), a.getLevel()))
                .toList();
        return new CoverageMatrix(rowItems, areas, counts);
    }

    public List<DistrictCount> districts() {
        List<?> result = em.createNativeQuery("select d.id, d.name, count(distinct i.id) from area d"
                + " left join area w on w.id = d.id or w.parent_id = d.id"
                + " left join initiative_area ia on ia.area_id = w.id"
                + " left join initiative i on i.id = ia.initiative_id and i.status in " + CURRENT
                + " where d.level = 'DISTRICT' and d.active = true group by d.id, d.name order by d.name")
                .getResultList();
        return result.stream().map(row -> {
            Object[] cells = (Object[]) row;
            return new DistrictCount(number(cells[0]), (String) cells[1], number(cells[2]));
        }).toList();
    }

    public CollaborationNetwork network() {
        Map<Long, String> names = organisationNames();
        Map<Long, Long> initiatives = new HashMap<>();
        for (Object row : em.createNativeQuery("select organisation_id, count(distinct initiative_id) from ("
                + INVOLVEMENT + ") inv group by organisation_id").getResultList()) {
            Object[] cells = (Object[]) row;
            initiatives.put(number(cells[0]), number(cells[1]));
        }
        List<CollaborationNetwork.Tie> ties = new ArrayList<>();
        for (Object row : em.createNativeQuery("select a.organisation_id, b.organisation_id, count(*) from ("
                + INVOLVEMENT + ") a join (" + INVOLVEMENT + ") b on a.initiative_id = b.initiative_id"
                + " and a.organisation_id < b.organisation_id group by a.organisation_id, b.organisation_id")
                .getResultList()) {
            Object[] cells = (Object[]) row;
            long from = number(cells[0]);
            long to = number(cells[1]);
            if (names.containsKey(from) && names.containsKey(to)) {
                ties.add(new CollaborationNetwork.Tie(new Named(from, names.get(from)), new Named(to, names.get(to)),
                        number(cells[2])));
            }
        }
        ties.sort(Comparator.comparingLong(CollaborationNetwork.Tie::shared)
                .reversed()
                .thenComparing(t -> t.from().name())
                .thenComparing(t -> t.to().name()));
        Map<Long, Long> tieCounts = new HashMap<>();
        for (CollaborationNetwork.Tie tie : ties) {
            tieCounts.merge(tie.from().id(), 1L, Long::sum);
            tieCounts.merge(tie.to().id(), 1L, Long::sum);
        }
        List<CollaborationNetwork.Node> nodes = tieCounts.keySet()
                .stream()
                .map(id -> new CollaborationNetwork.Node(id, names.get(id), initiatives.getOrDefault(id, 0L),
                        tieCounts.get(id)))
                .sorted(Comparator.comparingLong(CollaborationNetwork.Node::ties)
                        .reversed()
                        .thenComparing(CollaborationNetwork.Node::name))
                .limit(MAX_NODES)
                .toList();
        Set<Long> shown = nodes.stream().map(CollaborationNetwork.Node::id).collect(Collectors.toSet());
        List<CollaborationNetwork.Tie> shownTies = ties.stream()
                .filter(t -> shown.contains(t.from().id()) && shown.contains(t.to().id()))
                .toList();
        List<Named> isolated = names.entrySet()
                .stream()
                .filter(e -> !tieCounts.containsKey(e.getKey()))
                .map(e -> new Named(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Named n) -> n.name().toLowerCase()))
                .toList();
        return new CollaborationNetwork(nodes, shownTies, ties.stream().limit(STRONGEST_TIES).toList(), isolated,
                tieCounts.size());
    }

    /**
     * Organisations working on current initiatives that share a theme and an area (or an area containing this one's)
     * with this one, but that are not involved in it: "wie ontbreekt er nog?". Most active first.
     */
    public List<MissingOrganisation> missing(long initiativeId) {
        List<?> result = em.createNativeQuery("select o.id, o.name, count(distinct inv.initiative_id) from ("
                + INVOLVEMENT + ") inv join organisation o on o.id = inv.organisation_id"
                + " where o.active = true and inv.initiative_id <> :id"
                + " and exists (select 1 from initiative_theme t where t.initiative_id = inv.initiative_id"
                + " and t.theme_id in (select theme_id from initiative_theme where initiative_id = :id))"
                + " and exists (select 1 from initiative_area a where a.initiative_id = inv.initiative_id"
                + " and a.area_id in (" + AREAS_AND_WHAT_CONTAINS_THEM + "))"
                + " and o.id not in (select organisation_id from initiative_lead where initiative_id = :id)"
                + " and o.id not in (select organisation_id from initiative_partner where initiative_id = :id)"
                + " group by o.id, o.name order by count(distinct inv.initiative_id) desc, o.name")
                .setParameter("id", initiativeId)
                .setMaxResults(MISSING)
                .getResultList();
        return result.stream().map(row -> {
            Object[] cells = (Object[]) row;
            return new MissingOrganisation(number(cells[0]), (String) cells[1], number(cells[2]));
        }).toList();
    }

    private Map<Long, String> organisationNames() {
        Map<Long, String> names = new HashMap<>();
        for (Object row : em.createNativeQuery("select id, name from organisation where active = true")
                .getResultList()) {
            Object[] cells = (Object[]) row;
            names.put(number(cells[0]), (String) cells[1]);
        }
        return names;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
