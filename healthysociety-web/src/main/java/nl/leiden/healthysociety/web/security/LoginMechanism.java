package nl.leiden.healthysociety.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One mechanism for two kinds of caller. People log in on the login page ({@link LoginBacking} hands the
 * credentials over through {@code SecurityContext.authenticate}); the session then carries the login. Programs
 * calling the REST API send HTTP Basic credentials with each request (over TLS in production). Visiting a
 * protected page without being logged in leads to the login page, and after login back to that page.
 * <p>
 * Not Soteria's {@code @LoginToContinue}: on Payara 6 the request it replays after login reaches EJBs without the
 * caller's groups, so every service call on that first page was refused.
 */
@ApplicationScoped
@AutoApplySession
public class LoginMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the page to return to after login. */
    static final String RETURN_TO = LoginMechanism.class.getName() + ".returnTo";

    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            credential = basicCredential(request);
        }
        if (credential == null) {
            if (context.isProtected() && !isApi(request)) {
                request.getSession().setAttribute(RETURN_TO, originalTarget(request));
                return context.redirect(request.getContextPath() + "/login");
            }
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"healthysociety\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        // The login page shows the failure itself; a 401 status would only confuse assistive technology.
        return AuthenticationStatus.SEND_FAILURE;
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
