package nl.leiden.healthysociety.service.question;

/** What the asker is told right after asking: the reference number (the e-mail has the personal link). */
public record QuestionReceipt(String reference) {
}
