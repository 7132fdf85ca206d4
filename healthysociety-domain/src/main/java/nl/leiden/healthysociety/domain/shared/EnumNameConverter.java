package nl.leiden.healthysociety.domain.shared;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum as its constant name in a plain varchar column. A converter rather than {@code @Enumerated}:
 * Hibernate 6 maps enums to a native enum type on H2, so the same migration would fail validation there.
 * Subclass it per enum with {@code @Converter(autoApply = true)}.
 */
public abstract class EnumNameConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected EnumNameConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E constant) {
        return constant == null ? null : constant.name();
    }

    @Override
    public E convertToEntityAttribute(String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
