package nl.leiden.healthysociety.domain.question;

/** How urgent the Center finds a question; the agenda and the inbox put urgent ones first. */
public enum QuestionPriority {
    HOOG, NORMAAL, LAAG
}
