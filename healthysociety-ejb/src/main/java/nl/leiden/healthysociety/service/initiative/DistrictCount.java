package nl.leiden.healthysociety.service.initiative;

import java.io.Serializable;

/** A district and the number of current initiatives working in it or in one of its neighbourhoods. */
public record DistrictCount(long id, String name, long initiatives) implements Serializable {
}
