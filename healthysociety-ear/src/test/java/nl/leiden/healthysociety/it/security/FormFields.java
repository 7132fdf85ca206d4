package nl.leiden.healthysociety.it.security;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form's fields in the order a browser sends them, where one name may come more than once (a multiple choice is
 * sent once per chosen option). A map, because {@code PageSession.post} takes one and sends each of its entries.
 */
final class FormFields extends AbstractMap<String, String> {

    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    FormFields() {
    }

    FormFields(Map<String, String> fields) {
        fields.forEach(this::add);
    }

    /** Adds a value, keeping any the name already has. */
    void add(String name, String value) {
        entries.add(new SimpleEntry<>(name, value));
    }

    /** Sets the name to these values only. */
    void set(String name, List<String> values) {
        entries.removeIf(entry -> entry.getKey().equals(name));
        values.forEach(value -> add(name, value));
    }

    @Override
    public String put(String name, String value) {
        String old = get(name);
        set(name, List.of(value));
        return old;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }
}
