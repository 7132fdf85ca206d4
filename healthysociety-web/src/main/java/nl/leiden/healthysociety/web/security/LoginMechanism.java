package nl.leiden.healthysociety.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetadataBuilder;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.leiden.healthysociety.service.account.AccountService;
import nl.leiden.healthysociety.service.account.AuthenticatedCaller;
import nl.leiden.healthysociety.service.account.LoginOutcome;

/**
 * One mechanism for two kinds of caller. People log in on the login page ({@link LoginBacking} hands the
 * credentials over through {@code SecurityContext.authenticate}); the session then carries the login. Programs
 * calling the REST API send HTTP Basic credentials with each request (over TLS in production). An account with a
 * second factor logs in on screen in two steps (password, then the code of the authenticator app), and through the
 * API with the code in a header. Visiting a protected page without being logged in leads to the login page, and
 * after login back to that page.
 * <p>
 * A screen login is kept in the session as a {@link SessionLogin} (name and roles) and handed to the container again
 * on each request, instead of {@code @AutoApplySession}: that relies on the container's own record of the login,
 * which on Payara Micro reaches another instance of a cluster without the caller's groups, so after a fail-over
 * every page was refused. The attribute replicates with the session like any other.
 * <p>
 * Not Soteria's {@code @LoginToContinue}: on Payara 6 the request it replays after login reaches EJBs without the
 * caller's groups, so every service call on that first page was refused.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the page to return to after login. */
    static final String RETURN_TO = LoginMechanism.class.getName() + ".returnTo";

    private static final String BASIC = "Basic ";

    /** Request attribute set when a login was refused because of too many failures: until when, an Instant. */
    static final String BLOCKED_UNTIL = LoginMechanism.class.getName() + ".blockedUntil";

    /** Request attribute set when the password was right and the code of the authenticator app is needed. */
    static final String CODE_REQUIRED = LoginMechanism.class.getName() + ".codeRequired";

    /** Request attribute set when a code came for a login that waited too long (or never began). */
    static final String LOGIN_EXPIRED = LoginMechanism.class.getName() + ".loginExpired";

    /** Request attribute set when the caller logged in but must set up a second factor before anything else. */
    static final String SETUP_FIRST = LoginMechanism.class.getName() + ".setupFirst";

    /** The request header in which programs send the code of the authenticator app. */
    public static final String CODE_HEADER = "X-Verification-Code";

    @Inject
    AccountService accounts;

    @Inject
    MetricRegistry metrics;

    private static final Metadata LOGINS = new MetadataBuilder().withName("healthysociety_logins")
            .withDescription("Logins on screen and API by outcome (success, refused, blocked, code_required)")
            .build();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        if (given instanceof CodeCredential code) {
            return secondStep(request, context, code.code());
        }
        UsernamePasswordCredential credential = given instanceof UsernamePasswordCredential login
                ? login
                : basicCredential(request);
        if (credential == null) {
            SessionLogin login = sessionLogin(request);
            if (login != null) {
                return context.notifyContainerAboutLogin(login.username(), login.roles());
            }
            if (context.isProtected() && !isApi(request)) {
                request.getSession().setAttribute(RETURN_TO, originalTarget(request));
                return context.redirect(request.getContextPath() + "/login");
            }
            return context.doNothing();
        }
        if (isApi(request)) {
            return apiLogin(request, response, context, credential);
        }
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                ClientAddress.of(request));
        count(outcome);
        if (outcome.codeRequired()) {
            request.getSession().setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin(credential.getCaller(),
                    Instant.now()));
            request.setAttribute(CODE_REQUIRED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return onScreen(request, context, outcome);
    }

    /** The code of the authenticator app for the login whose password the session already accepted. */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context, String code) {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE);
        if (pending == null || !pending.isValidAt(Instant.now())) {
            if (session != null) {
                session.removeAttribute(PendingLogin.ATTRIBUTE);
            }
            request.setAttribute(LOGIN_EXPIRED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginOutcome outcome = accounts.confirmCode(pending.username(), code, ClientAddress.of(request));
        count(outcome);
        if (outcome.accepted().isPresent() || outcome.isBlocked()) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
        }
        return onScreen(request, context, outcome);
    }

    private AuthenticationStatus onScreen(HttpServletRequest request, HttpMessageContext context,
            LoginOutcome outcome) {
        if (outcome.accepted().isPresent()) {
            AuthenticatedCaller caller = outcome.accepted().get();
            if (outcome.secondFactorSetupRequired()) {
                request.setAttribute(SETUP_FIRST, Boolean.TRUE);
            }
            request.getSession().setAttribute(SessionLogin.ATTRIBUTE, SessionLogin.of(caller));
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        if (outcome.isBlocked()) {
            request.setAttribute(BLOCKED_UNTIL, outcome.blockedUntil());
        }
        // The login page shows the failure itself; a 401 status would only confuse assistive technology.
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * A program's request with HTTP Basic credentials, and for an account with a second factor the current code in
     * the {@value #CODE_HEADER} header. An account that must still set up its second factor does that on screen
     * first.
     */
    private AuthenticationStatus apiLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                request.getHeader(CODE_HEADER), ClientAddress.of(request));
        count(outcome);
        if (outcome.accepted().isPresent() && !outcome.secondFactorSetupRequired()) {
            AuthenticatedCaller caller = outcome.accepted().get();
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        if (outcome.isBlocked()) {
            return blocked(response, context, outcome.blockedUntil());
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"healthysociety\", charset=\"UTF-8\"");
        if (outcome.codeRequired()) {
            return unauthorized(response, "Dit account gebruikt tweestapsverificatie: stuur de code van de"
                    + " authenticator-app mee in de header " + CODE_HEADER + ".");
        }
        if (outcome.secondFactorSetupRequired()) {
            return unauthorized(response, "Stel eerst tweestapsverificatie in: log in op het scherm en volg de"
                    + " stappen.");
        }
        return context.responseUnauthorized();
    }

    private void count(LoginOutcome outcome) {
        metrics.counter(LOGINS, new Tag("outcome", outcome.accepted().isPresent()
                ? "success"
                : outcome.isBlocked() ? "blocked" : outcome.codeRequired() ? "code_required" : "refused")).inc();
    }

    /** 401 with a reason in the API's problem format. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String title) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("title", title).add("status", 401).build()
                    .toString());
            // Sent now, so that the container's own 401 page does not replace the explanation.
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Too many failures: 429 with when to try again, in the API's problem format. */
    private static AuthenticationStatus blocked(HttpServletResponse response, HttpMessageContext context,
            Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/problem+json;charset=UTF-8");
        String title = "Te veel mislukte inlogpogingen. Probeer het over " + Math.max(1, (seconds + 59) / 60)
                + " minuten opnieuw.";
        try {
            response.getWriter().write(Json.createObjectBuilder().add("title", title).add("status", 429).build()
                    .toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The screen login this request's session carries, if any. */
    private static SessionLogin sessionLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SessionLogin.ATTRIBUTE) instanceof SessionLogin login
                ? login
                : null;
    }

    /** The path (and query) that was asked for, relative to the application; only ever a local page. */
    static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The credentials of an HTTP Basic header on an API request, or null if there are none. */
    static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!isApi(request) || header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new UsernamePasswordCredential("", "");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new UsernamePasswordCredential("", "");
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
