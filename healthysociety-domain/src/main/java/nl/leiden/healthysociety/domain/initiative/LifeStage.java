package nl.leiden.healthysociety.domain.initiative;

/** The stages of life an initiative addresses. */
public enum LifeStage {
    JEUGD, JONGVOLWASSENEN, VOLWASSENEN, OUDEREN
}
