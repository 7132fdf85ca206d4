package nl.leiden.healthysociety.service.initiative;

import java.util.List;

/** One page of a longer result and how many there are in all. */
public record ResultPage<T>(List<T> items, long total) {
}
