package nl.leiden.healthysociety.service.accord;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.accord.Ambition;

/** An ambition's name and goals, one goal per entry. */
public record AmbitionData(
        @NotBlank(message = "{validation.required}") @Size(max = Ambition.NAME_MAX, message = "{validation.tooLong}") String name,
        List<@Size(max = Ambition.GOAL_MAX, message = "{validation.tooLong}") String> goals) {

    /** From a form: the goals as text, one goal per line. */
    public static AmbitionData fromLines(String name, String goalLines) {
        return new AmbitionData(name, goalLines == null ? null : List.of(goalLines.split("\\R")));
    }

    public AmbitionData {
        goals = goals == null
                ? List.of()
                : goals.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).toList();
    }
}
