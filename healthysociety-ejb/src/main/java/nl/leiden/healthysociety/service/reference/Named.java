package nl.leiden.healthysociety.service.reference;

import java.io.Serializable;

/** Something from a list, as screens and the API show it: its id and name. */
public record Named(long id, String name) implements Serializable {
}
