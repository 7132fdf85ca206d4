package nl.leiden.healthysociety.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationTest {

    @Test
    void nameIsTrimmedAndItsKeyIgnoresCaseAndAccents() {
        Organisation organisation = new Organisation("  Stichting Financiële Hulp ", OrganisationType.WELZIJN);

        assertEquals("Stichting Financiële Hulp", organisation.getName());
        assertEquals("stichting financiele hulp", organisation.getNameKey());
    }

    @Test
    void anOrganisationNeedsANameAndAType() {
        assertThrows(IllegalArgumentException.class, () -> new Organisation("  ", OrganisationType.ZORG));
        assertThrows(NullPointerException.class, () -> new Organisation("LUMC", null));
    }

    @Test
    void emptyOptionalDetailsAreStoredAsNothing() {
        Organisation organisation = new Organisation("TNO", OrganisationType.KENNISINSTELLING);

        organisation.describe(true, " ", "", null);

        assertTrue(organisation.isCorePartner());
        assertNull(organisation.getWebsite());
        assertNull(organisation.getContactEmail());
        assertNull(organisation.getDescription());
    }

    @Test
    void deactivatedOrganisationCanBeReactivated() {
        Organisation organisation = new Organisation("Volkshuis", OrganisationType.WELZIJN);
        assertTrue(organisation.isActive(), "new organisations are active");

        organisation.deactivate();
        assertFalse(organisation.isActive());
        organisation.reactivate();
        assertTrue(organisation.isActive());
    }

    @Test
    void unsavedOrganisationsAreOnlyEqualToThemselves() {
        Organisation one = new Organisation("De Bakkerij", OrganisationType.BEWONERSINITIATIEF);
        Organisation other = new Organisation("De Bakkerij", OrganisationType.BEWONERSINITIATIEF);

        assertEquals(one, one);
        assertNotEquals(one, other);
    }
}
