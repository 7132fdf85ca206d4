package nl.leiden.healthysociety.web.api;

import java.util.List;

/** One page of a longer list: the items, where the page starts and how many there are in all. */
public record Page<T>(List<T> items, int first, int max, long total) {
}
