package nl.leiden.healthysociety.it.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The objects one row of the access-control table works on, by name: "victim" for the object of GGD Hollands
 * Midden (or of the Center) that the attacker goes for, "own" for one of the attacker's own, and whatever else the
 * row's form needs. A row refers to them as {name} in its queries, selectors and field values.
 */
final class Fixture {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Fixture of(Object... namesAndValues) {
        Fixture fixture = new Fixture();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fixture.values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fixture;
    }

    Fixture with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** The text with every {name} replaced by its value. */
    String fill(String text) {
        String filled = text;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        if (filled.matches("(?s).*\\{[a-zA-Z]+}.*")) {
            throw new IllegalStateException("No value in " + values.keySet() + " for " + filled);
        }
        return filled;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
