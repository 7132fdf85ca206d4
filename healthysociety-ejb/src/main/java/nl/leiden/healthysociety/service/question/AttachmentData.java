package nl.leiden.healthysociety.service.question;

/** A file someone sends with a question: the name it had on their computer and its bytes. */
public record AttachmentData(String fileName, byte[] content) {

    @Override
    public String toString() {
        return "AttachmentData[" + (content == null ? 0 : content.length) + " bytes]";
    }
}
