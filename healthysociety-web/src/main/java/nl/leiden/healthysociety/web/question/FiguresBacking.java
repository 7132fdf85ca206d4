package nl.leiden.healthysociety.web.question;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.question.QuestionFigures;
import nl.leiden.healthysociety.service.question.QuestionFiguresService;

/** The Meeting Point in numbers, for the Center's staff. */
@Named
@ViewScoped
public class FiguresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionFiguresService service;

    private QuestionFigures figures;

    public void load() {
        figures = service.figures();
    }

    public QuestionFigures getFigures() {
        return figures;
    }
}
