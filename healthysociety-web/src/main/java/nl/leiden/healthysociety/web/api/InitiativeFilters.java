package nl.leiden.healthysociety.web.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeSort;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.LifeStage;

/** The query parameters both initiative resources share: filters, order and page. */
public class InitiativeFilters {

    /** "Not updated in the last six months". */
    static final long STALE_DAYS = 183;
    private static final int MAX_PAGE = 200;

    @QueryParam("q")
    String text;
    @QueryParam("theme")
    Long theme;
    @QueryParam("ambition")
    Long ambition;
    @QueryParam("area")
    Long area;
    @QueryParam("organisation")
    Long organisation;
    @QueryParam("status")
    InitiativeStatus status;
    @QueryParam("targetGroup")
    Long targetGroup;
    @QueryParam("lifeStage")
    LifeStage lifeStage;
    @QueryParam("stale")
    @DefaultValue("false")
    boolean stale;
    @QueryParam("sort")
    @DefaultValue("TITLE")
    InitiativeSort sort;
    @QueryParam("desc")
    @DefaultValue("false")
    boolean descending;
    @QueryParam("first")
    @DefaultValue("0")
    int first;
    @QueryParam("max")
    @DefaultValue("50")
    int max;

    InitiativeQuery query() {
        return new InitiativeQuery(text, theme, ambition, area, organisation, status, targetGroup, lifeStage,
                stale ? Instant.now().minus(STALE_DAYS, ChronoUnit.DAYS) : null, false);
    }

    InitiativeSort.Order order() {
        return new InitiativeSort.Order(sort, !descending);
    }

    int first() {
        return Math.max(0, first);
    }

    int max() {
        return Math.max(1, Math.min(MAX_PAGE, max));
    }
}
