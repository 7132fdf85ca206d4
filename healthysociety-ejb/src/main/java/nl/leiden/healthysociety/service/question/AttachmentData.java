package nl.leiden.healthysociety.service.question;

/**
 * A file someone sends with a question: the name it had on their computer, its size and its bytes. A file that
 * will be refused whatever it holds (too large, one too many) is passed unread: with its size and no bytes.
 */
public record AttachmentData(String fileName, byte[] content, long size) {

    public AttachmentData(String fileName, byte[] content) {
        this(fileName, content, content == null ? 0 : content.length);
    }

    /** A file not read into memory, known by its name and size only. */
    public static AttachmentData unread(String fileName, long size) {
        return new AttachmentData(fileName, null, size);
    }

    @Override
    public String toString() {
        return "AttachmentData[" + size + " bytes]";
    }
}
