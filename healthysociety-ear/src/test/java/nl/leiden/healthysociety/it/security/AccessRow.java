package nl.leiden.healthysociety.it.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.leiden.healthysociety.it.security.ScreenActions.ScreenAction;
import nl.leiden.healthysociety.it.support.DemoAccount;

/**
 * One row of the access-control table: a method that a page invokes, and who may invoke it. A guarded row says how
 * to get there as someone who may (the control), and what a partner of another organisation sees of the page; the
 * other kinds say in words why nobody needs to be kept out.
 */
final class AccessRow {

    enum Kind {
        /** Changes data that only some may change: tried as an anonymous visitor and as a foreign partner. */
        GUARDED,
        /** Meant for everyone (or everyone holding a personal link). */
        PUBLIC,
        /** Changes nothing in the database: navigation, search, filters, dialogs, loading the page. */
        READS_ONLY,
        /** Never offered on this page, so there is nothing to click. */
        NOT_OFFERED
    }

    /** What a partner of another organisation gets when it opens the page about the victim's object. */
    enum Sees {
        FORBIDDEN("the 403 page"),
        /** The application does not even say the object exists. */
        NOT_FOUND("the 404 page"),
        /** The object may be read, not changed. */
        PAGE_WITHOUT_ACTION("the page without the button"),
        /** A page open to partners whose form the service refuses for this one. */
        PAGE_WITH_ACTION("the page with the button");

        private final String words;

        Sees(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** An attempt from a page the attacker may open: that page (with its query), and where the form is sent. */
    record Attempt(String view, String postQuery) {
    }

    final String page;
    final String method;
    final Kind kind;
    final String reason;
    DemoAccount owner;
    Function<ScreenFixtures, Fixture> given = fixtures -> Fixture.of();
    String query = "";
    final List<String> steps = new ArrayList<>();
    String button;
    final Map<String, List<String>> fill = new LinkedHashMap<>();
    final Map<String, String> parameters = new LinkedHashMap<>();
    Sees foreign;
    final List<Attempt> attempts = new ArrayList<>();
    String noControl;
    String watch;
    String unrenderedForm;
    String offeredBy;

    private AccessRow(String page, String method, Kind kind, String reason) {
        this.page = page;
        this.method = method;
        this.kind = kind;
        this.reason = reason;
    }

    /** An action that changes data only some may change. */
    static AccessRow guarded(String page, String method) {
        return new AccessRow(page, method, Kind.GUARDED, null);
    }

    static AccessRow open(String page, String method, String reason) {
        return new AccessRow(page, method, Kind.PUBLIC, reason);
    }

    static AccessRow readsOnly(String page, String method, String reason) {
        return new AccessRow(page, method, Kind.READS_ONLY, reason);
    }

    static AccessRow notOffered(String page, String method, String reason) {
        return new AccessRow(page, method, Kind.NOT_OFFERED, reason);
    }

    /** Who may: the account whose click is the control. */
    AccessRow by(DemoAccount account) {
        owner = account;
        return this;
    }

    /** The objects this row needs, fresh for the row. */
    AccessRow given(Function<ScreenFixtures, Fixture> fixture) {
        given = fixture;
        return this;
    }

    /** The page's query for the victim's object, such as "?id={victim}". */
    AccessRow at(String victimQuery) {
        query = victimQuery;
        return this;
    }

    /** Buttons clicked first, such as the one that asks "are you sure?". */
    AccessRow after(String... clicks) {
        steps.addAll(List.of(clicks));
        return this;
    }

    /** The button (a CSS selector) or remote command ("function:name") that invokes the method. */
    AccessRow click(String selector) {
        button = selector;
        return this;
    }

    /** A form field filled in before the clicks, by its name or the end of its name ("text" for "answer:text"). */
    AccessRow fill(String field, String... values) {
        fill.put(field, List.of(values));
        return this;
    }

    /** A request parameter that a script adds, as a remote command's arguments. */
    AccessRow parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    /** What a partner of Hogeschool Leiden gets on the page about GGD Hollands Midden's object. */
    AccessRow foreignPartnerSees(Sees sees) {
        foreign = sees;
        return this;
    }

    /**
     * The attacker also opens the page for its own object (this query) and sends the form from there to the page
     * about the victim's object, so that only the id differs from what it may do.
     */
    AccessRow attackerFrom(String ownQuery) {
        return attackerFrom(ownQuery, query);
    }

    /** The attacker opens the page with this query and sends the form to the page with that one. */
    AccessRow attackerFrom(String viewQuery, String postQuery) {
        attempts.add(new Attempt(page + viewQuery, postQuery));
        return this;
    }

    /**
     * For a button that only exists in a state the test cannot reach without a browser (after a file upload): what
     * clicking it would send, written by hand, from this form; the page offers it by showing the button (a CSS
     * selector) that leads there.
     */
    AccessRow clickUnrendered(String form, String button, String leadingThere) {
        unrenderedForm = form;
        this.button = button;
        offeredBy = leadingThere;
        return this;
    }

    /** Why the control (the owner doing it) cannot run here. */
    AccessRow withoutControl(String why) {
        noControl = why;
        return this;
    }

    /** A query giving one text that must not change either, for what the fingerprint leaves out. */
    AccessRow watching(String sql) {
        watch = sql;
        return this;
    }

    /** The first thing to click: what a page offers when it offers the action. */
    String firstClick() {
        return offeredBy != null ? offeredBy : steps.isEmpty() ? button : steps.get(0);
    }

    ScreenAction action() {
        return new ScreenAction(page, method);
    }

    @Override
    public String toString() {
        return page + " " + method;
    }
}
