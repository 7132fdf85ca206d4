package nl.leiden.healthysociety.domain.question;

/** Who asks: someone with an initiative, a resident, a professional or a student. */
public enum AskerKind {
    INITIATIEFNEMER, INWONER, PROFESSIONAL, STUDENT
}
