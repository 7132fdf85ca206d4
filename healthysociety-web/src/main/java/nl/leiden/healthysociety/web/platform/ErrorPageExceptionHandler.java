package nl.leiden.healthysociety.web.platform;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Iterator;

import org.primefaces.csp.CspException;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;

/**
 * Turns an exception that escapes a screen into the matching error page (403, 404, view expired, 500), for normal
 * and Ajax requests alike, so that nobody ever sees a stack trace. Unexpected exceptions are logged with a
 * reference that the 500 page shows, so a person can quote it to the service desk.
 */
public class ErrorPageExceptionHandler extends ExceptionHandlerWrapper {

    private static final System.Logger LOG = System.getLogger(ErrorPageExceptionHandler.class.getName());

    public ErrorPageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (faces != null && events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            try {
                showErrorPage(faces, exception);
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        getWrapped().handle();
    }

    private static void showErrorPage(FacesContext faces, Throwable exception) throws IOException {
        String page;
        int status;
        if (has(exception, ViewExpiredException.class) || has(exception, CspException.class)) {
            // Also a form posted without its page's script nonce: stale or forged, refused like an expired view.
            page = "/fout/verlopen";
            status = 400;
        } else if (has(exception, EJBAccessException.class) || has(exception, NotAllowedException.class)) {
            page = "/fout/403";
            status = 403;
        } else if (has(exception, NotFoundException.class)) {
            page = "/fout/404";
            status = 404;
        } else {
            String reference = ErrorReference.next();
            LOG.log(Level.ERROR, "Unexpected error on a screen, reference " + reference, exception);
            // The request attribute serves the error page of this request, the flash the one after a redirect.
            faces.getExternalContext().getRequestMap().put("errorReference", reference);
            faces.getExternalContext().getFlash().put("errorReference", reference);
            page = "/fout/500";
            status = 500;
        }
        ExternalContext external = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
            external.redirect(external.getRequestContextPath() + page);
        } else {
            external.responseReset();
            external.responseSendError(status, null);
        }
        faces.responseComplete();
    }

    private static boolean has(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ErrorPageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
