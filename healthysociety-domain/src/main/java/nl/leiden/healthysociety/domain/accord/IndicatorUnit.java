package nl.leiden.healthysociety.domain.accord;

/** What an indicator's values count. A percentage lies between 0 and 100. */
public enum IndicatorUnit {
    PERCENTAGE, COUNT, PER_1000, SCORE
}
