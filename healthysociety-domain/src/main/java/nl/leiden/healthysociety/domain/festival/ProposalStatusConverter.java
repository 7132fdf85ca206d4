package nl.leiden.healthysociety.domain.festival;

import jakarta.persistence.Converter;
import nl.leiden.healthysociety.domain.shared.EnumNameConverter;

/** Stores a {@link ProposalStatus} by name. */
@Converter(autoApply = true)
public class ProposalStatusConverter extends EnumNameConverter<ProposalStatus> {

    public ProposalStatusConverter() {
        super(ProposalStatus.class);
    }
}
