package nl.leiden.healthysociety.web.question;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.question.AskService;
import nl.leiden.healthysociety.service.question.AskerView;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/** A question through the personal link from the e-mail: its status, the conversation, and replying. */
@Named
@ViewScoped
public class MyQuestionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AskService service;

    @Inject
    Feedback feedback;

    private String code;
    private AskerView question;
    private String reply;

    public void load() throws IOException {
        try {
            question = service.status(code);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void send() {
        try {
            question = service.reply(code, reply);
            reply = null;
            feedback.info("page.myQuestion.replied");
        } catch (BusinessException e) {
            feedback.show(e, Map.of("text", "reply:text"));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public AskerView getQuestion() {
        return question;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
