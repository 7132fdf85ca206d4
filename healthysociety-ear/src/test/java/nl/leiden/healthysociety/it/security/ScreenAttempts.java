package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.leiden.healthysociety.it.security.AccessRow.Attempt;
import nl.leiden.healthysociety.it.security.AccessRow.Sees;
import nl.leiden.healthysociety.it.security.ScreenPage.Reply;
import nl.leiden.healthysociety.it.security.ScreenPage.Submission;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;

/**
 * Tries the guarded rows of the table three ways: as an anonymous visitor, as a partner of Hogeschool Leiden going
 * for an object of GGD Hollands Midden (or of the Center), and, as the control, as someone who may. The first two
 * must be refused and leave the database as it was; the control must change it, which shows that what the others
 * sent would have worked had the application let them.
 */
final class ScreenAttempts {

    private final URL baseUrl;
    private final ScreenFixtures fixtures;
    private final Map<DemoAccount, PageSession> sessions = new EnumMap<>(DemoAccount.class);

    ScreenAttempts(URL baseUrl) {
        this.baseUrl = baseUrl;
        this.fixtures = new ScreenFixtures(baseUrl);
    }

    /** The row made ready: its objects made, and the clicks of someone who may recorded. */
    final class Prepared {

        final AccessRow row;
        final Fixture fixture;
        final String victim;
        final String victimQuery;
        final ScreenPage ownerPage;
        final List<Submission> steps = new ArrayList<>();
        final Submission action;
        /** The database as the last of the row's tests left it, unchanged: where the next one starts. */
        DatabaseFingerprint last;

        private Prepared(AccessRow row) {
            this.row = row;
            this.fixture = row.given.apply(fixtures);
            this.victimQuery = fixture.fill(row.query);
            this.victim = row.page + victimQuery;
            // Logging in writes the account's last login: done before the first fingerprint of the row.
            session(DemoAccount.PARTNER_HSL);
            ownerPage = ScreenPage.open(session(row.owner), victim);
            assertTrue(ownerPage.outcome().isPage(),
                    () -> row.owner.username() + " may not open " + victim + ": " + ownerPage.outcome());
            Map<String, List<String>> fill = new LinkedHashMap<>();
            row.fill.forEach((name, values) -> fill.put(fixture.fill(name),
                    values.stream().map(fixture::fill).toList()));
            Set<String> filled = new HashSet<>();
            for (String step : row.steps) {
                Submission click = ownerPage.click(fixture.fill(step), fill, Map.of());
                filled.addAll(click.filled());
                Reply reply = ownerPage.send(click, null);
                assertTrue(reply.outcome().isPage(), () -> row.owner.username() + " could not click " + step + ": "
                        + reply);
                steps.add(click);
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            row.parameters.forEach((name, value) -> parameters.put(name, fixture.fill(value)));
            action = row.unrenderedForm != null
                    ? ownerPage.unrendered(row.unrenderedForm, row.button)
                    : ownerPage.click(fixture.fill(row.button), fill, parameters);
            filled.addAll(action.filled());
            Set<String> unused = new HashSet<>(fill.keySet());
            unused.removeAll(filled);
            assertTrue(unused.isEmpty(), () -> "No field " + unused + " in the forms clicked on " + victim);
        }
    }

    Prepared prepare(AccessRow row) {
        return new Prepared(row);
    }

    /** Not logged in: the page sends to the login page, and so does the form sent anyway. */
    void anonymous(Prepared prepared) {
        DatabaseFingerprint before = start(prepared);
        ScreenPage page = ScreenPage.open(new PageSession(baseUrl), prepared.victim);
        assertEquals(Outcome.LOGIN, page.outcome(), () -> prepared.row + ": an anonymous visitor opening "
                + prepared.victim);

        Reply reply = ScreenPage.forge(new PageSession(baseUrl), prepared.action, prepared.victimQuery);

        String attempt = prepared.row + ": an anonymous visitor sending " + prepared.action.clicked() + " to "
                + prepared.victim;
        assertEquals(Outcome.LOGIN, reply.outcome(), () -> attempt + ": " + reply);
        assertUnchanged(prepared, before, attempt);
    }

    /**
     * A partner of Hogeschool Leiden: what it sees on the page about the victim's object; then the form, filled in
     * as someone who may fills it in, sent from every page of the row it may open (that page itself, or the same
     * page for its own object) with the view state it was given there; and where it may open none, the request of
     * someone who may, copied whole, sent with its own session.
     */
    void foreignPartner(Prepared prepared) {
        AccessRow row = prepared.row;
        PageSession partner = session(DemoAccount.PARTNER_HSL);
        DatabaseFingerprint before = start(prepared);
        ScreenPage seen = ScreenPage.open(partner, prepared.victim);
        assertEquals(row.foreign, sees(seen, prepared.fixture.fill(row.firstClick())),
                () -> row + ": what a partner of Hogeschool Leiden sees on " + prepared.victim);

        Map<String, Supplier<Reply>> attempts = new LinkedHashMap<>();
        if (row.foreign == Sees.PAGE_WITHOUT_ACTION || row.foreign == Sees.PAGE_WITH_ACTION) {
            attempts.put("from " + prepared.victim, () -> clicks(prepared, seen, prepared.victimQuery));
        }
        for (Attempt attempt : row.attempts) {
            String view = prepared.fixture.fill(attempt.view());
            String postQuery = prepared.fixture.fill(attempt.postQuery());
            attempts.put("from its own " + view + " to " + row.page + postQuery, () -> {
                ScreenPage own = ScreenPage.open(partner, view);
                assertTrue(own.outcome().isPage(), () -> row + ": a partner of Hogeschool Leiden opening its own "
                        + view + ": " + own.outcome());
                return clicks(prepared, own, postQuery);
            });
        }
        if (attempts.isEmpty()) {
            attempts.put("copied from " + row.owner.username() + "'s page " + prepared.victim,
                    () -> ScreenPage.forge(partner, prepared.action, prepared.victimQuery));
        }
        attempts.forEach((where, send) -> {
            String attempt = row + ": a partner of Hogeschool Leiden sending " + prepared.action.clicked() + " "
                    + where;
            Reply reply = send.get();
            assertTrue(reply.outcome().refused(), () -> attempt + " was not refused: " + reply);
            assertUnchanged(prepared, before, attempt);
        });
    }

    /** The owner's clicks, replayed from this page: its view state and nonce, the owner's fields. */
    private static Reply clicks(Prepared prepared, ScreenPage page, String postQuery) {
        for (Submission step : prepared.steps) {
            page.send(step, postQuery);
        }
        return page.send(prepared.action, postQuery);
    }

    /** Someone who may: the same clicks change the database, so the refusals above were refusals. */
    void control(Prepared prepared) {
        DatabaseFingerprint before = start(prepared);

        Reply reply = prepared.ownerPage.send(prepared.action, null);

        String who = prepared.row + ": " + prepared.row.owner.username() + " clicking " + prepared.action.clicked()
                + " on " + prepared.victim;
        assertTrue(reply.outcome() == Outcome.DONE || reply.outcome() == Outcome.NOTHING_DONE,
                () -> who + " was refused: " + reply);
        assertFalse(fingerprint(prepared).changedSince(before).isEmpty(), () -> who + " changed nothing, sending "
                + prepared.action + ": " + reply);
    }

    private static Sees sees(ScreenPage page, String firstClick) {
        return switch (page.outcome()) {
            case FORBIDDEN -> Sees.FORBIDDEN;
            case NOT_FOUND -> Sees.NOT_FOUND;
            case LOGIN, EXPIRED, SERVER_ERROR -> throw new AssertionError("Unexpected " + page.outcome() + " on "
                    + page.path());
            default -> page.offers(firstClick) ? Sees.PAGE_WITH_ACTION : Sees.PAGE_WITHOUT_ACTION;
        };
    }

    private static DatabaseFingerprint fingerprint(Prepared prepared) {
        return prepared.row.watch == null
                ? DatabaseFingerprint.take()
                : DatabaseFingerprint.take(prepared.fixture.fill(prepared.row.watch));
    }

    /**
     * The database before a test: as the row's previous test left it if that one ended with it unchanged (nothing
     * runs in between), else as it is now.
     */
    private static DatabaseFingerprint start(Prepared prepared) {
        DatabaseFingerprint before = prepared.last != null ? prepared.last : fingerprint(prepared);
        prepared.last = null;
        return before;
    }

    private static void assertUnchanged(Prepared prepared, DatabaseFingerprint before, String attempt) {
        DatabaseFingerprint after = fingerprint(prepared);
        List<String> changed = after.changedSince(before);
        assertTrue(changed.isEmpty(), () -> attempt + " changed " + changed);
        prepared.last = after;
    }

    private PageSession session(DemoAccount account) {
        return sessions.computeIfAbsent(account, demo -> new PageSession(baseUrl).login(demo));
    }
}
