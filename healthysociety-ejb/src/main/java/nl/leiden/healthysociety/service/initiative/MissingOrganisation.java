package nl.leiden.healthysociety.service.initiative;

import java.io.Serializable;

/**
 * An organisation that is active on the same theme and in the same area as an initiative but not involved in it,
 * with how many such initiatives it works on.
 */
public record MissingOrganisation(long id, String name, long initiatives) implements Serializable {
}
