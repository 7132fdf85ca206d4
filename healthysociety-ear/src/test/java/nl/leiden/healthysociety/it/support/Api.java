package nl.leiden.healthysociety.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small client for the REST API: HTTP Basic as one account (or none), JSON in and out. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;
    private final String language;
    private final String forwardedFor;
    /** The key of the caller's authenticator app: each request carries its current code. */
    private final String secondFactorKey;

    private Api(URI base, String authorization, String language) {
        this(base, authorization, language, null, null);
    }

    private Api(URI base, String authorization, String language, String forwardedFor, String secondFactorKey) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
        this.forwardedFor = forwardedFor;
        this.secondFactorKey = secondFactorKey;
    }

    /** The same caller, as if coming through the (trusted) proxy from this address. */
    public Api from(String address) {
        return new Api(base, authorization, language, address, secondFactorKey);
    }

    /** The same caller, sending the current code of this key's authenticator app with each request. */
    public Api withSecondFactor(String key) {
        return new Api(base, authorization, language, forwardedFor, key);
    }

    public static Api anonymous(URL base) {
        return new Api(toUri(base), null, "nl");
    }

    public static Api as(URL base, DemoAccount account) {
        return as(base, account.username(), DemoAccount.PASSWORD).withSecondFactor(account.secondFactorKey());
    }

    public static Api as(URL base, String username, String password) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(toUri(base), "Basic " + token, "nl");
    }

    /** The same caller, asking for answers in another language. */
    public Api inLanguage(String languageTag) {
        return new Api(base, authorization, languageTag, forwardedFor, secondFactorKey);
    }

    /** Whether this client calls without an account. */
    public boolean isAnonymous() {
        return authorization == null;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET for a file, with its bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(request(path).GET().setHeader("Accept", "*/*").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET for something that is not JSON, such as a page or the metrics. */
    public Response getText(String path) {
        return send(request(path).GET().setHeader("Accept", "*/*"));
    }

    public Response post(String path, JsonStructure body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString()))
                .header("Content-Type", "application/json"));
    }

    public Response put(String path, JsonStructure body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json"));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest
                .newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        if (secondFactorKey != null) {
            builder.header("X-Verification-Code", TestTotp.now(secondFactorKey));
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI toUri(URL url) {
        String text = url.toExternalForm();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** A response, with the body read as text and, on demand, as JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readArray();
            }
        }

        /** A problem response's field errors: field name to its message. */
        public Map<String, String> fieldErrors() {
            return json().getJsonArray("errors")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
