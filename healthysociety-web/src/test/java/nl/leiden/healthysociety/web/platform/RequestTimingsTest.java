package nl.leiden.healthysociety.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Request timings are labelled with a small fixed set of areas and status classes, never with the path. */
class RequestTimingsTest {

    @Test
    void pathsFallIntoTheirArea() {
        assertEquals("api_intranet", RequestTimings.area("/api/intranet/initiatives/12"));
        assertEquals("api_intranet", RequestTimings.area("/api/beheer/jobs/mail"));
        assertEquals("api_public", RequestTimings.area("/api/meetings/3.ics"));
        assertEquals("intranet", RequestTimings.area("/intranet/initiatieven"));
        assertEquals("beheer", RequestTimings.area("/beheer/accounts"));
        assertEquals("static", RequestTimings.area("/jakarta.faces.resource/theme.css.xhtml"));
        assertEquals("public", RequestTimings.area("/bijeenkomst"));
        assertEquals("public", RequestTimings.area("/"));
    }

    @Test
    void statusCodesBecomeTheirClass() {
        assertEquals("2xx", RequestTimings.statusClass(200));
        assertEquals("3xx", RequestTimings.statusClass(303));
        assertEquals("4xx", RequestTimings.statusClass(404));
        assertEquals("5xx", RequestTimings.statusClass(500));
        assertEquals("other", RequestTimings.statusClass(0));
    }
}
