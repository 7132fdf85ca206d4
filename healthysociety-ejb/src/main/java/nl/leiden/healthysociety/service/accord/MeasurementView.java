package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;
import java.math.BigDecimal;

import nl.leiden.healthysociety.domain.accord.Measurement;
import nl.leiden.healthysociety.domain.reference.AreaLevel;

/** A measurement as screens and the API show it. */
public record MeasurementView(long id, long indicatorId, int period, long areaId, String areaName, AreaLevel level,
        BigDecimal value, BigDecimal margin, String source, String note, boolean illustrative)
        implements
            Serializable {

    static MeasurementView of(Measurement m) {
        return new MeasurementView(m.getId(), m.getIndicator().getId(), m.getPeriod(), m.getArea().getId(),
                m.getArea().getName(), m.getArea().getLevel(), m.getValue(), m.getMargin(), m.getSource(),
                m.getNote(), m.isIllustrative());
    }
}
