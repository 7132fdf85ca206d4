package nl.leiden.healthysociety.web.api;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.web.i18n.Bundle;
import nl.leiden.healthysociety.web.platform.ErrorReference;

/** The one place where exceptions become HTTP responses for the API. No stack trace ever leaves the server. */
public final class ProblemMappers {

    private static final System.Logger LOG = System.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Bundle bundle(HttpHeaders headers) {
        List<Locale> locales = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Bundle.forLocale(locales.isEmpty() || "*".equals(locales.get(0).getLanguage())
                ? Bundle.DUTCH
                : locales.get(0));
    }

    /** Business errors: 400 for rejected input, 404, 409, 403. */
    @Provider
    public static class BusinessProblems implements ExceptionMapper<BusinessException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException exception) {
            Bundle bundle = bundle(headers);
            int status;
            if (exception instanceof InvalidInputException) {
                status = 400;
            } else if (exception instanceof NotFoundException) {
                status = 404;
            } else if (exception instanceof ConflictException) {
                status = 409;
            } else if (exception instanceof NotAllowedException) {
                status = 403;
            } else {
                status = 400;
            }
            List<Problem.FieldProblem> fields = exception instanceof InvalidInputException invalid
                    ? invalid.getFieldErrors()
                            .stream()
                            .map(error -> new Problem.FieldProblem(error.field(), bundle.text(error)))
                            .toList()
                    : List.of();
            return new Problem(bundle.text("problem.title." + status), status, bundle.text(exception), fields)
                    .toResponse();
        }
    }

    /**
     * A service refused the caller's role: 401 when nobody is logged in (with the Basic challenge), 403 otherwise.
     */
    @Provider
    public static class AccessProblems implements ExceptionMapper<EJBAccessException> {

        @Context
        HttpHeaders headers;

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException exception) {
            Bundle bundle = bundle(headers);
            if (security.getUserPrincipal() == null) {
                Response response = new Problem(bundle.text("problem.title.401"), 401,
                        bundle.text("error.loginRequired"), List.of()).toResponse();
                return Response.fromResponse(response)
                        .header("WWW-Authenticate", "Basic realm=\"healthysociety\", charset=\"UTF-8\"")
                        .build();
            }
            return new Problem(bundle.text("problem.title.403"), 403, bundle.text("error.notAllowed"), List.of())
                    .toResponse();
        }
    }

    /** Anything else: JAX-RS's own errors keep their status, the rest is a logged 500 with a reference. */
    @Provider
    public static class UnexpectedProblems implements ExceptionMapper<Exception> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception exception) {
            Bundle bundle = bundle(headers);
            if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                int status = web.getResponse().getStatus();
                return new Problem(bundle.text("problem.title." + status), status, bundle.text("error.badRequest"),
                        List.of()).toResponse();
            }
            String reference = ErrorReference.next();
            LOG.log(Level.ERROR, "Unexpected error in the API, reference " + reference, exception);
            return new Problem(bundle.text("problem.title.500"), 500, bundle.text("error.unexpected", reference),
                    List.of()).toResponse();
        }
    }
}
