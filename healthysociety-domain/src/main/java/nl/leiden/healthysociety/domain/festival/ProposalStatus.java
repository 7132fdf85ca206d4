package nl.leiden.healthysociety.domain.festival;

/** Where a session proposal stands: submitted, under review, decided (accepted, declined, reserve), or withdrawn by its organisation. */
public enum ProposalStatus {
    INGEDIEND, IN_BEOORDELING, GEACCEPTEERD, AFGEWEZEN, RESERVE, INGETROKKEN
}
