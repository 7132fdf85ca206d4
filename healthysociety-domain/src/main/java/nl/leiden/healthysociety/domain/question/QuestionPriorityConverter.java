package nl.leiden.healthysociety.domain.question;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link QuestionPriority} by name. */
@Converter(autoApply = true)
public class QuestionPriorityConverter extends EnumNameConverter<QuestionPriority> {

    public QuestionPriorityConverter() {
        super(QuestionPriority.class);
    }
}
