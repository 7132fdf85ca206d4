package nl.leiden.healthysociety.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void commaAndPointAreBothADecimalSeparator() {
        assertEquals(new BigDecimal("12.5"), Decimals.parse("12,5"));
        assertEquals(new BigDecimal("12.5"), Decimals.parse(" 12.5 "));
        assertEquals(new BigDecimal("-3"), Decimals.parse("-3"));
        assertNull(Decimals.parse("  "));
    }

    @Test
    void thousandsSeparatorsAndTextAreRefused() {
        assertThrows(NumberFormatException.class, () -> Decimals.parse("1.234,5"));
        assertThrows(NumberFormatException.class, () -> Decimals.parse("twaalf"));
    }
}
