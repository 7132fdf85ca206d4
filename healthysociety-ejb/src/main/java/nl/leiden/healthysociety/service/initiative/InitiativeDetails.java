package nl.leiden.healthysociety.service.initiative;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;
import nl.leiden.healthysociety.service.reference.Named;

/**
 * Everything about one initiative for people who are logged in, including the contact person, its progress (newest
 * first) and what the caller may do with it.
 */
public record InitiativeDetails(long id, long version, String number, String title, String description,
        InitiativeStatus status, LocalDate startDate, LocalDate endDate, List<Named> themes, List<Named> leads,
        List<Named> partners, List<Named> targetGroups, Set<LifeStage> lifeStages, List<Named> areas,
        List<Named> ambitions, String contactName, String contactEmail, String website, boolean published,
        Instant createdAt, Instant lastUpdatedAt, List<ProgressView> progress, boolean editable,
        boolean canAddProgress) implements Serializable {

    static InitiativeDetails of(Initiative i, List<ProgressView> progress, boolean editable, boolean canAddProgress) {
        return new InitiativeDetails(i.getId(), i.getVersion(), i.getNumber(), i.getTitle(), i.getDescription(),
                i.getStatus(), i.getStartDate(), i.getEndDate(),
                named(i.getThemes(), t -> t.getId(), t -> t.getName()),
                named(i.getLeads(), o -> o.getId(), o -> o.getName()),
                named(i.getPartners(), o -> o.getId(), o -> o.getName()),
                named(i.getTargetGroups(), g -> g.getId(), g -> g.getName()), i.getLifeStages(),
                named(i.getAreas(), a -> a.getId(), a -> a.getName()),
                named(i.getAmbitions(), a -> a.getId(), a -> a.getName()), i.getContactName(), i.getContactEmail(),
                i.getWebsite(), i.isPublished(), i.getCreatedAt(), i.getLastUpdatedAt(), progress, editable,
                canAddProgress);
    }

    static <T> List<Named> named(Collection<T> items, ToLongFunction<T> id, Function<T, String> name) {
        return items.stream()
                .map(item -> new Named(id.applyAsLong(item), name.apply(item)))
                .sorted(Comparator.comparing((Named n) -> n.name().toLowerCase()))
                .toList();
    }
}
