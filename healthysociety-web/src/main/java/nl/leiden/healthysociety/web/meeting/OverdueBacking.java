package nl.leiden.healthysociety.web.meeting;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.meeting.MeetingOutcomes;
import nl.leiden.healthysociety.service.meeting.OutcomeService;

/** Action plans of all meetings whose due date has passed and that are not finished or stopped. */
@Named
@RequestScoped
public class OverdueBacking {

    @Inject
    OutcomeService service;

    private List<MeetingOutcomes.ActionPlanView> plans;

    public List<MeetingOutcomes.ActionPlanView> getPlans() {
        if (plans == null) {
            plans = service.overdue();
        }
        return plans;
    }
}
