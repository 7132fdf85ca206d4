package nl.leiden.healthysociety.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.exchange.ImportProblem;
import nl.leiden.healthysociety.web.i18n.Bundle;

/** An import preview's problems in the reader's language: {@code #{importProblems.describe(problem)}}. */
@Named
@ApplicationScoped
public class ImportProblems {

    public String describe(ImportProblem problem) {
        return Bundle.forLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .text(problem.messageKey(), problem.arguments().toArray());
    }
}
