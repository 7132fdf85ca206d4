package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;
import java.util.List;

import nl.leiden.healthysociety.domain.accord.IndicatorStatus;

/**
 * One ambition of an accord: its goals, report text and indicators, and how many of them are on course.
 * {@code version} is that of the ambition (name and goals), {@code reportVersion} that of its report text in this
 * accord.
 */
public record AmbitionProgress(long id, String name, List<String> goals, String reportText,
        List<IndicatorProgress> indicators, long version, long reportVersion) implements Serializable {

    public long count(IndicatorStatus status) {
        return indicators.stream().filter(i -> i.status() == status).count();
    }

    public long getOnCourse() {
        return count(IndicatorStatus.OP_KOERS);
    }

    public long getBehind() {
        return count(IndicatorStatus.ACHTER);
    }

    public long getNoData() {
        return count(IndicatorStatus.GEEN_DATA);
    }
}
