package nl.leiden.healthysociety.domain.question;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link QuestionStatus} by name. */
@Converter(autoApply = true)
public class QuestionStatusConverter extends EnumNameConverter<QuestionStatus> {

    public QuestionStatusConverter() {
        super(QuestionStatus.class);
    }
}
