package nl.leiden.healthysociety.domain.initiative;

/** The orders a list of initiatives can be shown in. */
public enum InitiativeSort {
    TITLE, NUMBER, STATUS, LAST_UPDATED, START_DATE;

    /** An order and its direction. */
    public record Order(InitiativeSort by, boolean ascending) {

        public static final Order DEFAULT = new Order(TITLE, true);
    }
}
