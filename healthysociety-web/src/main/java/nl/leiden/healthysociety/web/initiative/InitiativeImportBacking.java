package nl.leiden.healthysociety.web.initiative;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.exchange.ImportPreview;
import nl.leiden.healthysociety.service.exchange.ImportResult;
import nl.leiden.healthysociety.service.exchange.InitiativeImportService;
import nl.leiden.healthysociety.service.reference.ReferenceLists;
import nl.leiden.healthysociety.service.reference.ReferenceService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Uploads;

/**
 * Importing initiatives: upload, preview with each row's problems, decide about unknown organisations, confirm.
 * The uploaded file stays in this view until it is imported or the page is left; nothing is written before.
 */
@Named
@ViewScoped
public class InitiativeImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("file", "upload:file");
    static final String CREATE = "nieuw";

    @Inject
    InitiativeImportService service;

    @Inject
    ReferenceService referenceService;

    @Inject
    Feedback feedback;

    private transient Part file;
    private byte[] content;
    private String fileName;
    private ImportPreview preview;
    private final Map<String, String> decisions = new LinkedHashMap<>();
    private ReferenceLists references;

    public void upload() {
        try {
            content = Uploads.read(file);
            fileName = file.getSubmittedFileName();
            decisions.clear();
            refresh();
        } catch (BusinessException e) {
            reset();
            feedback.show(e, FIELDS);
        } catch (IOException e) {
            reset();
            feedback.error("import.file.unreadable");
        }
    }

    /** Shows the preview again with the decisions made for unknown organisations. */
    public void applyDecisions() {
        refresh();
    }

    public void confirm() {
        try {
            ImportResult result = service.confirm(content, fileName, decisionIds());
            feedback.info("page.import.done", result.created(), result.updated(), result.skipped(),
                    result.organisationsCreated());
            reset();
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public void cancel() {
        reset();
        feedback.info("page.import.cancelled");
    }

    private void refresh() {
        preview = service.preview(content, fileName, decisionIds());
        for (String name : preview.unknownOrganisations()) {
            decisions.putIfAbsent(name, "");
        }
    }

    private Map<String, Long> decisionIds() {
        Map<String, Long> ids = new HashMap<>();
        decisions.forEach((name, choice) -> {
            if (CREATE.equals(choice)) {
                ids.put(name, InitiativeImportService.CREATE);
            } else if (choice != null && choice.matches("\\d+")) {
                ids.put(name, Long.valueOf(choice));
            }
        });
        return ids;
    }

    private void reset() {
        content = null;
        fileName = null;
        preview = null;
        decisions.clear();
    }

    public List<String> getDecisionNames() {
        return List.copyOf(decisions.keySet());
    }

    public Map<String, String> getDecisions() {
        return decisions;
    }

    public ReferenceLists getReferences() {
        if (references == null) {
            references = referenceService.lists();
        }
        return references;
    }

    public String getCreateChoice() {
        return CREATE;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
