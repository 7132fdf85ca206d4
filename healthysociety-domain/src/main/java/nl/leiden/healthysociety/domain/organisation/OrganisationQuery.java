package nl.leiden.healthysociety.domain.organisation;

/**
 * What a list of organisations is filtered on. Null fields do not filter.
 *
 * @param text part of the name, compared without case and accents
 * @param type only this type
 * @param includeInactive whether deactivated organisations are listed too
 */
public record OrganisationQuery(String text, OrganisationType type, boolean includeInactive) {

    public static OrganisationQuery all() {
        return new OrganisationQuery(null, null, true);
    }
}
