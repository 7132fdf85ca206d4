package nl.leiden.healthysociety.domain.accord;

/** Which way an indicator should move: more exercise is better, more smokers is worse. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Whether {@code value} is better than {@code other} in this direction (equal is not better). */
    public boolean better(double value, double other) {
        return this == HIGHER_IS_BETTER ? value > other : value < other;
    }
}
