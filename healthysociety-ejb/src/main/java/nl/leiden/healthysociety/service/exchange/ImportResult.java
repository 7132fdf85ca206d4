package nl.leiden.healthysociety.service.exchange;

import java.io.Serializable;

/** What a confirmed import did. */
public record ImportResult(int created, int updated, int skipped, int organisationsCreated) implements Serializable {
}
