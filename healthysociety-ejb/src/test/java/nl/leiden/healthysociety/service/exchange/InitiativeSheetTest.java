package nl.leiden.healthysociety.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.service.exchange.InitiativeSheet.Column;

class InitiativeSheetTest {

    @Test
    void columnsAreFoundByDutchOrEnglishNamesIgnoringCaseAndAccents() {
        InitiativeSheet sheet = InitiativeSheet.of(List.of("NR", " Titel ", "Thema's", "TREKKERS", "Gebied", "Other"));

        assertTrue(sheet.has(Column.NUMBER));
        assertTrue(sheet.has(Column.THEME));
        assertTrue(sheet.has(Column.LEAD));
        assertFalse(sheet.has(Column.PARTNERS));
        assertEquals(List.of("NR", " Titel ", "Thema's", "TREKKERS", "Gebied"), sheet.recognised());
        assertEquals("1f", sheet.text(List.of(" 1f ", "x"), Column.NUMBER));
        assertEquals(List.of("GL", "UL", "HsL"), sheet.list(List.of("", "", "", "GL, UL|HsL\nGL", ""), Column.LEAD));
    }

    @Test
    void aSheetWithoutTitleColumnCannotBeImported() {
        assertThrows(InvalidInputException.class, () -> InitiativeSheet.of(List.of("Nummer", "Thema")));
    }

    @Test
    void statusByDutchNameOrCode() {
        assertEquals(Optional.of(InitiativeStatus.IN_VOORBEREIDING), InitiativeSheet.status("In voorbereiding"));
        assertEquals(Optional.of(InitiativeStatus.LOPEND), InitiativeSheet.status("LOPEND"));
        assertEquals(Optional.empty(), InitiativeSheet.status("bijna klaar"));
    }

    @Test
    void datesInTheFormsPeopleType() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 23)), InitiativeSheet.date("23-11-2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), InitiativeSheet.date("1/3/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 23)), InitiativeSheet.date("2026-11-23"));
        assertEquals(Optional.empty(), InitiativeSheet.date("31-02-2026"));
        assertEquals(Optional.empty(), InitiativeSheet.date("morgen"));
    }
}
