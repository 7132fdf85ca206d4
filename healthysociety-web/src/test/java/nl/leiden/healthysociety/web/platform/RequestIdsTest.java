package nl.leiden.healthysociety.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The request id in a thread's name: added for a request, replaced by the next one, removed after it. */
class RequestIdsTest {

    private static final String POOL_THREAD = "http-thread-pool::http-listener-1(3)";

    @Test
    void theIdIsAddedToTheThreadName() {
        assertEquals(POOL_THREAD + " request=abc12345", RequestIds.withId(POOL_THREAD, "abc12345"));
    }

    @Test
    void anIdLeftByAnEarlierRequestIsReplacedNotAppended() {
        String earlier = RequestIds.withId(POOL_THREAD, "first123");

        assertEquals(POOL_THREAD + " request=second12", RequestIds.withId(earlier, "second12"));
    }

    @Test
    void afterTheRequestTheNameIsWhatItWas() {
        assertEquals(POOL_THREAD, RequestIds.withoutId(RequestIds.withId(POOL_THREAD, "abc12345")));
        assertEquals(POOL_THREAD, RequestIds.withoutId(POOL_THREAD));
    }
}
