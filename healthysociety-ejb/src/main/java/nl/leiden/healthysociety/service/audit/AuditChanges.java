package nl.leiden.healthysociety.service.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.proxy.HibernateProxy;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.shared.NotAudited;
import nl.leiden.healthysociety.domain.shared.NotRecorded;

/**
 * The changed fields of one entity with their values before and after, as text: another entity as its type and id,
 * a collection as its sorted elements, a file as its size. A field marked {@link NotRecorded} is recorded as changed,
 * without values; the version counter and derived fields ({@link NotAudited}) are left out.
 */
final class AuditChanges {

    /** The mark in place of a value the trail does not keep. */
    static final String NOT_RECORDED = "(niet vastgelegd)";

    private static final int VALUE_MAX = 2000;
    private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

    private final Class<?> type;
    private final SharedSessionContractImplementor session;
    private final Map<String, String[]> changes = new LinkedHashMap<>();

    AuditChanges(Class<?> type, SharedSessionContractImplementor session) {
        this.type = type;
        this.session = session;
    }

    void add(String property, Object before, Object after) {
        Field field = fieldsOf(type).get(property);
        if (field != null && (field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(Id.class)
                || field.isAnnotationPresent(NotAudited.class))) {
            return;
        }
        String was = render(before);
        String is = render(after);
        if (Objects.equals(was, is)) {
            return;
        }
        if (field != null && field.isAnnotationPresent(NotRecorded.class)) {
            changes.put(property, new String[]{was == null ? null : NOT_RECORDED, is == null ? null : NOT_RECORDED});
        } else {
            changes.put(property, new String[]{was, is});
        }
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        changes.forEach((property, values) -> {
            JsonObjectBuilder change = Json.createObjectBuilder();
            if (values[0] == null) {
                change.addNull("before");
            } else {
                change.add("before", values[0]);
            }
            if (values[1] == null) {
                change.addNull("after");
            } else {
                change.add("after", values[1]);
            }
            json.add(property, change);
        });
        return json.build().toString();
    }

    private String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        if (value instanceof Collection<?> elements) {
            if (!Hibernate.isInitialized(elements)) {
                return null;
            }
            List<String> rendered = new ArrayList<>();
            for (Object element : elements) {
                rendered.add(render(element));
            }
            return rendered.isEmpty()
                    ? null
                    : cut(rendered.stream().sorted().collect(Collectors.joining(", ", "[",
                            "]")));
        }
        if (value instanceof HibernateProxy proxy) {
            return simpleName(proxy.getHibernateLazyInitializer().getEntityName()) + "#"
                    + proxy.getHibernateLazyInitializer().getIdentifier();
        }
        if (value.getClass().isAnnotationPresent(Entity.class)) {
            Object id = session.getEntityPersister(null, value).getIdentifier(value, session);
            return value.getClass().getSimpleName() + "#" + id;
        }
        if (value.getClass().isAnnotationPresent(Embeddable.class)) {
            return cut(embedded(value));
        }
        return cut(value.toString());
    }

    /** The fields of an embedded value (a speaker), without those not to be recorded. */
    private String embedded(Object value) {
        StringBuilder text = new StringBuilder("{");
        for (Field field : fieldsOf(value.getClass()).values()) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(field.getName()).append('=');
            if (field.isAnnotationPresent(NotRecorded.class)) {
                text.append(NOT_RECORDED);
            } else {
                try {
                    text.append(field.get(value));
                } catch (IllegalAccessException e) {
                    text.append('?');
                }
            }
        }
        return text.append('}').toString();
    }

    private static String cut(String text) {
        return text.length() <= VALUE_MAX ? text : text.substring(0, VALUE_MAX) + "…";
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    private static Map<String, Field> fieldsOf(Class<?> type) {
        return FIELDS.computeIfAbsent(type, key -> {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Class<?> current = key; current != null && current != Object.class; current = current
                    .getSuperclass()) {
                for (Field field : current.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !fields.containsKey(field.getName())) {
                        field.setAccessible(true);
                        fields.put(field.getName(), field);
                    }
                }
            }
            return fields;
        });
    }
}
