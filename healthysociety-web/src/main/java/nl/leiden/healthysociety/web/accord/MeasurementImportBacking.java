package nl.leiden.healthysociety.web.accord;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.accord.MeasurementImportPreview;
import nl.leiden.healthysociety.service.accord.MeasurementImportService;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Uploads;

/**
 * Importing measurements: upload, preview with each row's problems, choose whether existing values are replaced,
 * confirm. The file stays in this view until it is imported or the page is left; nothing is written before.
 */
@Named
@ViewScoped
public class MeasurementImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("file", "upload:file");

    @Inject
    MeasurementImportService service;

    @Inject
    Feedback feedback;

    private transient Part file;
    private byte[] content;
    private String fileName;
    private boolean replaceExisting;
    private MeasurementImportPreview preview;

    public void upload() {
        try {
            content = Uploads.read(file);
            fileName = file.getSubmittedFileName();
            refresh();
        } catch (BusinessException e) {
            reset();
            feedback.show(e, FIELDS);
        } catch (IOException e) {
            reset();
            feedback.error("import.file.unreadable");
        }
    }

    /** Shows the preview again after the choice about existing values changed. */
    public void refresh() {
        preview = service.preview(content, fileName, replaceExisting);
    }

    public void confirm() {
        try {
            MeasurementImportService.Result result = service.confirm(content, fileName, replaceExisting);
            feedback.info("page.measurementImport.done", result.created(), result.replaced(), result.skipped());
            reset();
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public void cancel() {
        reset();
        feedback.info("page.import.cancelled");
    }

    private void reset() {
        content = null;
        fileName = null;
        preview = null;
        replaceExisting = false;
    }

    public MeasurementImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isReplaceExisting() {
        return replaceExisting;
    }

    public void setReplaceExisting(boolean replaceExisting) {
        this.replaceExisting = replaceExisting;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
