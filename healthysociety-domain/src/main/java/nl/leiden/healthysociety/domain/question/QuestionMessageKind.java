package nl.leiden.healthysociety.domain.question;

/** One entry in a question's history. Only the conversation with the asker (both ways) is ever shown to the asker; notes and events stay internal. */
public enum QuestionMessageKind {
    VAN_VRAAGSTELLER, AAN_VRAAGSTELLER, NOTITIE, GEBEURTENIS;

    /** Part of the conversation with the asker, so shown on the asker's status page. */
    public boolean isConversation() {
        return this == VAN_VRAAGSTELLER || this == AAN_VRAAGSTELLER;
    }
}
