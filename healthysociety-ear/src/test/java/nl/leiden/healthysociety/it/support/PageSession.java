package nl.leiden.healthysociety.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session without the browser: pages fetched over HTTP with the session cookie, forms posted as a
 * browser posts them. For checks on what a browser does not show, such as response headers or a forged post.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The form field in which a browser posts the page's script nonce. */
    public static final String NONCE_FIELD = "primefaces.nonce";

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final HttpClient client;
    /** Cookies by name. Kept by hand: like a browser on localhost, this sends Secure cookies over plain HTTP. */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public PageSession(URL base) {
        String text = base.toExternalForm();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Sends this header with every request, such as the X-Forwarded-For a proxy adds. */
    public PageSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Logs in on the login page, as a person does, with the code of the authenticator app if the account has one. */
    public PageSession login(DemoAccount account) {
        HttpResponse<String> page = tryLogin(account.username(), DemoAccount.PASSWORD);
        if (account.secondFactorKey() != null) {
            sendCode(page.body(), TestTotp.unusedCode(account.username(), account.secondFactorKey()));
        }
        return this;
    }

    /** Fills in and sends the code form of the login page's second step; the page that follows. */
    public HttpResponse<String> sendCode(String codePage, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", "code");
        fields.put("code:verification", code);
        fields.put("code:confirm", "");
        fields.put("jakarta.faces.ViewState", viewState(codePage));
        fields.put(NONCE_FIELD, nonce(codePage));
        return post("login", fields);
    }

    public PageSession login(String username, String password) {
        tryLogin(username, password);
        return this;
    }

    /** Fills in and sends the login form; the page that follows. */
    public HttpResponse<String> tryLogin(String username, String password) {
        HttpResponse<String> page = get("login");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put(NONCE_FIELD, nonce(page.body()));
        return post("login", fields);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Posts these form fields, url-encoded, as a form on a page does. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts JSON, as a script on a page would, with these extra headers (name, value, name, value...). */
    public HttpResponse<String> postJson(String path, String json, String... headerPairs) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .setHeader("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(request);
    }

    /** Where the form with this id on the page posts to, relative to the application. */
    public String formAction(String page, String formId) {
        Matcher matcher = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no form " + formId + " on the page");
        }
        String action = matcher.group(1).replace("&amp;", "&");
        String contextPath = base.getPath();
        return action.startsWith(contextPath) ? action.substring(contextPath.length()) : action;
    }

    /**
     * The page's script nonce, which PrimeFaces's script adds to every form a browser posts (as
     * {@link #NONCE_FIELD}); a post without it is refused.
     */
    public static String nonce(String page) {
        Matcher matcher = NONCE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no script nonce on the page");
        }
        return matcher.group(1);
    }

    /** The view state of the form on this page. */
    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no jakarta.faces.ViewState on the page");
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    private HttpRequest.Builder request(String path) {
        return request(base.resolve(path));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .header("Accept-Language", "nl");
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    /** Sends the request and follows redirects (as GET, with the cookies), as a browser does. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (int redirects = 0; redirects < 5 && response.statusCode() / 100 == 3; redirects++) {
                keepCookies(response);
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = client.send(request(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            keepCookies(response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
