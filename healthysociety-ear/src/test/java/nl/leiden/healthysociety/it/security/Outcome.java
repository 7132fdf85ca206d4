package nl.leiden.healthysociety.it.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a click came to, as the person who clicked sees it. */
enum Outcome {
    /** Sent to the login page. */
    LOGIN,
    /** The 403 page. */
    FORBIDDEN,
    /** The 404 page. */
    NOT_FOUND,
    /** The "page expired" page: a post the application does not recognise as coming from its own page. */
    EXPIRED,
    /** The 500 page: not a refusal anyone meant. */
    SERVER_ERROR,
    /** The page again, saying why not. */
    REFUSED_WITH_MESSAGE,
    /** The page again, without a word: the button was not there to be clicked. */
    NOTHING_DONE,
    /** The page saying it was done, or on to the next page. */
    DONE;

    /** Whether the click was turned down, in one of the ways the application means to. */
    boolean refused() {
        return this != DONE && this != SERVER_ERROR;
    }

    /** Whether this is a page shown (an answer to opening it, or the page again after a click). */
    boolean isPage() {
        return this == REFUSED_WITH_MESSAGE || this == NOTHING_DONE || this == DONE;
    }

    static Outcome of(HttpResponse<String> response, Document partial, Document page) {
        if (partial != null) {
            Element redirect = partial.selectFirst("redirect");
            if (redirect != null) {
                return byPath(URI.create(redirect.attr("url")).getPath(), DONE);
            }
            if (partial.selectFirst("error") != null) {
                return SERVER_ERROR;
            }
            if (partial.select("extension").stream()
                    .anyMatch(args -> args.text().contains("\"validationFailed\":true"))) {
                // PrimeFaces says so for a form refused by its validators or by the service (Feedback.show).
                return REFUSED_WITH_MESSAGE;
            }
        }
        Outcome byPath = byPath(response.uri().getPath(), null);
        if (byPath != null) {
            return byPath;
        }
        switch (response.statusCode()) {
            case 403 :
                return FORBIDDEN;
            case 404 :
                return NOT_FOUND;
            case 400 :
                return EXPIRED;
            default :
                if (response.statusCode() >= 500) {
                    return SERVER_ERROR;
                }
        }
        List<Element> content = new ArrayList<>();
        if (partial != null) {
            partial.select("update").forEach(update -> content.add(Jsoup.parseBodyFragment(update.wholeText())));
        } else {
            content.add(page);
        }
        if (content.stream().anyMatch(part -> !part.select(".message--error, .ui-message-error").isEmpty())) {
            return REFUSED_WITH_MESSAGE;
        }
        if (content.stream().anyMatch(part -> !part.select(".message--info").isEmpty())) {
            return DONE;
        }
        return NOTHING_DONE;
    }

    private static Outcome byPath(String path, Outcome otherwise) {
        if (path.endsWith("/login") || path.endsWith("/login.xhtml")) {
            return LOGIN;
        }
        if (path.contains("/fout/")) {
            String page = path.substring(path.indexOf("/fout/") + "/fout/".length()).replace(".xhtml", "");
            return switch (page) {
                case "403" -> FORBIDDEN;
                case "404" -> NOT_FOUND;
                case "verlopen" -> EXPIRED;
                default -> SERVER_ERROR;
            };
        }
        return otherwise;
    }
}
