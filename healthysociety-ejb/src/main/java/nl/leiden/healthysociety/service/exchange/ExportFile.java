package nl.leiden.healthysociety.service.exchange;

/** A file to download: its name, media type and content. */
public record ExportFile(String fileName, String contentType, byte[] content) {
}
