package nl.leiden.healthysociety.web.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.service.account.AccountView;
import nl.leiden.healthysociety.service.question.AskService;
import nl.leiden.healthysociety.service.question.AttachmentCheck;
import nl.leiden.healthysociety.service.question.AttachmentData;
import nl.leiden.healthysociety.service.question.QuestionData;
import nl.leiden.healthysociety.service.question.QuestionReceipt;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.security.CurrentUser;

/**
 * The question form of the Meeting Point, on the public site and (filled in with the account's details) on the
 * intranet. A refused form keeps everything typed (files have to be chosen again, browsers do not allow otherwise);
 * after asking, the page shows the reference number and says the e-mail has the personal link.
 */
@Named
@ViewScoped
public class AskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("name", "ask:name", "email", "ask:email", "kind",
            "ask:kind", "organisation", "ask:organisation", "themeId", "ask:theme", "areaId", "ask:area", "text",
            "ask:text", "consent", "ask:consent", AttachmentCheck.FIELD, "ask:files");

    @Inject
    AskService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private String name;
    private String email;
    private AskerKind kind;
    private String organisation;
    private Long themeId;
    private Long areaId;
    private String text;
    private boolean consent;
    private transient List<Part> files;
    private QuestionReceipt receipt;

    /** On the intranet: the account's name, address and organisation as a start. */
    public void prefill() {
        if (name != null || !currentUser.isLoggedIn()) {
            return;
        }
        AccountView account = currentUser.getAccount();
        name = account.displayName();
        email = account.email();
        organisation = account.organisationName();
        kind = currentUser.isPartner() ? AskerKind.PROFESSIONAL : null;
    }

    public void ask() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        try {
            receipt = service.ask(new QuestionData(name, email, kind, organisation, themeId, areaId, text, consent,
                    language, attachments()));
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    private List<AttachmentData> attachments() {
        List<AttachmentData> read = new ArrayList<>();
        if (files == null) {
            return read;
        }
        for (Part part : files) {
            if (part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
                continue;
            }
            if (part.getSize() > AttachmentCheck.MAX_BYTES || read.size() >= AttachmentCheck.MAX_FILES) {
                // Not read into memory: the check refuses it by its size or their number alone.
                read.add(AttachmentData.unread(part.getSubmittedFileName(), part.getSize()));
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                read.add(new AttachmentData(part.getSubmittedFileName(), in.readAllBytes()));
            } catch (IOException e) {
                throw new InvalidInputException(
                        FieldError.of(AttachmentCheck.FIELD, "validation.attachment.unreadable"));
            }
        }
        return read;
    }

    public List<SelectItem> getThemes() {
        return service.themes().stream().map(theme -> new SelectItem(theme.id(), theme.name())).toList();
    }

    public List<SelectItem> getAreas() {
        return service.areas().stream().map(area -> new SelectItem(area.id(), area.name())).toList();
    }

    public AskerKind[] getKinds() {
        return AskerKind.values();
    }

    public String getConsentText() {
        return service.consent().text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public int getMaxFiles() {
        return AttachmentCheck.MAX_FILES;
    }

    public int getMaxMegabytes() {
        return AttachmentCheck.MAX_BYTES / (1024 * 1024);
    }

    public QuestionReceipt getReceipt() {
        return receipt;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AskerKind getKind() {
        return kind;
    }

    public void setKind(AskerKind kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
