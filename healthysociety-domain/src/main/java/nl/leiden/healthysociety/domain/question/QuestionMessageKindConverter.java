package nl.leiden.healthysociety.domain.question;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link QuestionMessageKind} by name. */
@Converter(autoApply = true)
public class QuestionMessageKindConverter extends EnumNameConverter<QuestionMessageKind> {

    public QuestionMessageKindConverter() {
        super(QuestionMessageKind.class);
    }
}
