package nl.leiden.healthysociety.domain.reference;

import java.util.Collection;
import java.util.List;

import nl.leiden.healthysociety.domain.accord.Ambition;

/** The managed lists, in their display order. */
public interface ReferenceRepository {

    List<Theme> themes();

    List<TargetGroup> targetGroups();

    /** The city first, then each district followed by its neighbourhoods. */
    List<Area> areas();

    List<Ambition> ambitions();

    <T> List<T> findAll(Class<T> type, Collection<Long> ids);
}
