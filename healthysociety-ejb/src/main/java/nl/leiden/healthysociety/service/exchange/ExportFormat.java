package nl.leiden.healthysociety.service.exchange;

/** The formats a list can be exported in. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"), XLSX("xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
