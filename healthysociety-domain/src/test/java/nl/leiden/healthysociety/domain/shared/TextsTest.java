package nl.leiden.healthysociety.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void searchKeyIgnoresCaseAccentsAndExtraSpaces() {
        assertEquals("financiele hulp", Texts.searchKey("  Financiële   Hulp "));
        assertEquals(Texts.searchKey("Café De Zwaan"), Texts.searchKey("CAFE de zwaan"));
    }

    @Test
    void searchKeyOfNothingIsEmpty() {
        assertEquals("", Texts.searchKey(null));
    }

    @Test
    void blankTextBecomesNull() {
        assertNull(Texts.trimToNull("   "));
        assertNull(Texts.trimToNull(null));
        assertEquals("LUMC", Texts.trimToNull("  LUMC "));
    }
}
