package nl.leiden.healthysociety.it.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Selector;

import nl.leiden.healthysociety.it.support.PageSession;

/**
 * A page as one session has it in front of it, read as a browser reads it: its forms, and what clicking a button
 * sends. Answers to Ajax clicks are applied to the page as PrimeFaces applies them, so a button that a click brings
 * up (such as "yes, cancel it") can be clicked next.
 */
final class ScreenPage {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** PrimeFaces' Ajax call for a component, in the scripts it registers: PrimeFaces.ab({s:"form:save",...}). */
    private static final Pattern AJAX_CALL = Pattern.compile("PrimeFaces\\.ab\\(\\{s:[\"']([^\"']+)[\"']([^}]*)}");

    private final PageSession session;
    private final String path;
    private final Outcome opened;
    private Document document;
    private String nonce;
    private final StringBuilder scripts = new StringBuilder();

    private ScreenPage(PageSession session, String path, HttpResponse<String> response) {
        this.session = session;
        this.path = path;
        show(Jsoup.parse(response.body()));
        this.opened = Outcome.of(response, null, document);
    }

    private void show(Document page) {
        document = page;
        scripts.setLength(0);
        document.select("script").forEach(script -> scripts.append(script.data()).append('\n'));
        Matcher init = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(scripts);
        nonce = init.find() ? init.group(1) : null;
    }

    /** Opens the page (a path with its query, relative to the application) as this session. */
    static ScreenPage open(PageSession session, String path) {
        return new ScreenPage(session, path, session.get(path));
    }

    /** What opening the page came to: refused, sent to log in, or shown. */
    Outcome outcome() {
        return opened;
    }

    /** Whether the page offers this to click: a button (a CSS selector) or a remote command ("function:name"). */
    boolean offers(String selector) {
        if (selector.startsWith("function:")) {
            return remoteCommand(selector) != null;
        }
        return !document.select(selector).isEmpty();
    }

    String path() {
        return path;
    }

    String viewState() {
        Element state = document.selectFirst("input[name=" + VIEW_STATE + "]");
        if (state == null) {
            throw new AssertionError("No view state on " + path);
        }
        return state.val();
    }

    String nonce() {
        if (nonce == null) {
            throw new AssertionError("No script nonce on " + path);
        }
        return nonce;
    }

    /**
     * What a browser sends when this element is clicked (a button) or called (a remote command, given as
     * {@code "function:name"}), with these form fields filled in first (by name, or by the end of the name after a
     * colon, as "text" for "answer:text").
     */
    Submission click(String selector, Map<String, List<String>> fill, Map<String, String> parameters) {
        String source;
        Element form;
        if (selector.startsWith("function:")) {
            source = remoteCommand(selector);
            if (source == null) {
                throw new AssertionError("No remote command " + selector + " on " + path);
            }
            Element command = document.getElementById(source);
            Matcher call = ajaxCall(source);
            form = command != null
                    ? command.closest("form")
                    : call == null ? null : document.getElementById(option(call.group(2), "f", ""));
        } else {
            Element button = document.selectFirst(selector);
            if (button == null) {
                throw new AssertionError("Nothing to click at " + selector + " on " + path);
            }
            source = button.id();
            form = button.closest("form");
        }
        if (form == null) {
            throw new AssertionError(selector + " is not in a form on " + path);
        }
        FormFields fields = fields(form);
        Set<String> filled = new HashSet<>();
        fill.forEach((name, values) -> {
            String field = fieldName(form, name);
            if (field != null) {
                fields.set(field, values);
                filled.add(name);
            }
        });
        fields.putAll(parameters);
        fields.put(PageSession.NONCE_FIELD, nonce());
        Matcher ajax = ajaxCall(source);
        if (ajax != null) {
            fields.put("Faces-Request", "partial/ajax");
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            // The page lists the ids with commas; PrimeFaces' script sends them separated by spaces.
            fields.put("jakarta.faces.partial.execute", option(ajax.group(2), "p", form.id()).replace(',', ' '));
            fields.put("jakarta.faces.partial.render", option(ajax.group(2), "u", "@none").replace(',', ' '));
            fields.put(source, source);
        } else {
            Element button = document.getElementById(source);
            fields.put(source, button.hasAttr("value") ? button.val() : source);
        }
        return new Submission(selector, form.attr("action"), fields, ajax != null, filled);
    }

    /**
     * What clicking a button that this page does not show would send: the form's name and the button's, with this
     * page's address, view state and nonce. For a button that appears only after a file upload.
     */
    Submission unrendered(String formId, String buttonId) {
        Element form = document.selectFirst("form[action]");
        if (form == null) {
            throw new AssertionError("No form on " + path);
        }
        FormFields fields = new FormFields();
        fields.add(formId, formId);
        fields.add(buttonId, buttonId);
        fields.add(VIEW_STATE, viewState());
        fields.add(PageSession.NONCE_FIELD, nonce());
        return new Submission(buttonId, form.attr("action"), fields, false, Set.of());
    }

    /**
     * Sends what a click sends, as this session, from this page (its view state and nonce), and applies the answer
     * to the page. The click may have been made on another session's page: then this sends the fields that one
     * filled in, as someone replaying another's request with the view state it was given itself.
     */
    Reply send(Submission submission, String query) {
        FormFields fields = new FormFields(submission.fields());
        fields.put(VIEW_STATE, viewState());
        fields.put(PageSession.NONCE_FIELD, nonce());
        return post(submission.to(query), fields);
    }

    /** Sends a submission exactly as it is, view state included: as someone who copied another's request. */
    static Reply forge(PageSession session, Submission submission, String query) {
        HttpResponse<String> response = session.post(submission.to(query), submission.fields());
        return Reply.of(response);
    }

    private Reply post(String target, FormFields fields) {
        Reply reply = Reply.of(session.post(target, fields));
        apply(reply);
        return reply;
    }

    /** Brings the page up to date with an Ajax answer, as PrimeFaces does in the browser. */
    private void apply(Reply reply) {
        if (reply.page() != null) {
            // A whole page: the same view again (after a click without Ajax), or wherever the click led.
            show(reply.page());
            return;
        }
        for (Element update : reply.partial().select("update")) {
            String content = update.wholeText();
            if (update.id().contains(VIEW_STATE)) {
                document.select("input[name=" + VIEW_STATE + "]").forEach(state -> state.val(content));
            } else {
                Element target = document.getElementById(update.id());
                if (target != null) {
                    target.after(content);
                    target.remove();
                }
                Jsoup.parseBodyFragment(content).select("script").forEach(s -> scripts.append(s.data()).append('\n'));
            }
        }
        reply.partial().select("eval").forEach(eval -> scripts.append(eval.wholeText()).append('\n'));
    }

    /** The client id of the remote command that this script function ("function:name") calls. */
    private String remoteCommand(String selector) {
        Matcher function = Pattern.compile(Pattern.quote(selector.substring("function:".length()))
                + "\\s*=\\s*function\\(\\)\\s*\\{\\s*return\\s*PrimeFaces\\.ab\\(\\{s:[\"']([^\"']+)[\"']")
                .matcher(scripts);
        return function.find() ? function.group(1) : null;
    }

    private Matcher ajaxCall(String source) {
        Matcher call = AJAX_CALL.matcher(scripts);
        while (call.find()) {
            if (call.group(1).equals(source)) {
                return call;
            }
        }
        return null;
    }

    /** An option of a PrimeFaces Ajax call, such as u:"form messages". */
    private static String option(String options, String name, String otherwise) {
        Matcher option = Pattern.compile("(?:^|,)" + name + ":[\"']([^\"']*)[\"']").matcher(options);
        return option.find() ? option.group(1) : otherwise;
    }

    /** The form's fields as a browser sends them: enabled, named, checked boxes only, chosen options. */
    private static FormFields fields(Element form) {
        FormFields fields = new FormFields();
        for (Element field : form.select("input, select, textarea")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (name.isEmpty() || field.hasAttr("disabled")
                    || type.matches("submit|button|image|reset|file")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                var chosen = field.select("option[selected]");
                if (chosen.isEmpty() && !field.hasAttr("multiple") && field.selectFirst("option") != null) {
                    chosen = field.select("option").eq(0);
                }
                chosen.forEach(option -> fields.add(name, option.val()));
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (field.hasAttr("checked")) {
                    fields.add(name, field.hasAttr("value") ? field.val() : "on");
                }
            } else {
                fields.add(name, field.val());
            }
        }
        return fields;
    }

    /**
     * The name of the form's field with this name, or ending in ":" and this name, or else found by this CSS
     * selector (for a field in a repeated row); null if the form has none.
     */
    private static String fieldName(Element form, String name) {
        return form.select("input[name], select[name], textarea[name]")
                .stream()
                .map(field -> field.attr("name"))
                .filter(field -> field.equals(name) || field.endsWith(":" + name))
                .findFirst()
                .orElseGet(() -> {
                    try {
                        Element field = form.selectFirst(name);
                        return field == null || field.attr("name").isEmpty() ? null : field.attr("name");
                    } catch (Selector.SelectorParseException notASelector) {
                        return null;
                    }
                });
    }

    /** What a click sends: to which address, which fields, and whether as Ajax. */
    record Submission(String clicked, String action, FormFields fields, boolean ajax, Set<String> filled) {

        @Override
        public String toString() {
            return clicked + " (" + (ajax ? "Ajax" : "whole page") + ") to " + action + " with " + fields.entrySet()
                    .stream()
                    .filter(field -> !field.getKey().equals(VIEW_STATE))
                    .map(field -> field.getKey() + "=" + field.getValue())
                    .toList();
        }

        /** The form's address, relative to the application, with this query instead of its own. */
        String to(String query) {
            String target = action.replace("&amp;", "&").replaceFirst("^/", "");
            int question = target.indexOf('?');
            String bare = question < 0 ? target : target.substring(0, question);
            return query == null || query.isEmpty() ? target : bare + (query.startsWith("?") ? query : "?" + query);
        }
    }

    /** The answer to a submission: an Ajax partial response, or a whole page. */
    record Reply(HttpResponse<String> response, Document partial, Document page) {

        static Reply of(HttpResponse<String> response) {
            String body = response.body();
            if (body.startsWith("<?xml") && body.contains("<partial-response")) {
                return new Reply(response, Jsoup.parse(body, "", Parser.xmlParser()), null);
            }
            return new Reply(response, null, Jsoup.parse(body));
        }

        Outcome outcome() {
            return Outcome.of(response, partial, page);
        }

        /** What the answer says: where it redirects to, and its messages. */
        String says() {
            List<String> said = new ArrayList<>();
            List<Element> parts = new ArrayList<>();
            if (partial != null) {
                partial.select("redirect").forEach(redirect -> said.add("redirect " + redirect.attr("url")));
                partial.select("update").forEach(update -> parts.add(Jsoup.parseBodyFragment(update.wholeText())));
            } else {
                parts.add(page);
            }
            parts.forEach(part -> part.select(".message, .ui-message").forEach(message -> said.add(message.text())));
            if (said.isEmpty()) {
                String body = response.body().replaceAll("\\s+", " ");
                said.add("no messages; the answer begins " + body.substring(0, Math.min(body.length(), 1500)));
            }
            return String.join(" | ", said);
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.uri().getPath() + " " + outcome() + " " + says();
        }
    }
}
