package nl.leiden.healthysociety.domain.accord;

/** Whether an indicator is where the line from baseline to target says it should be by now. */
public enum IndicatorStatus {
    OP_KOERS, ACHTER, GEEN_DATA
}
