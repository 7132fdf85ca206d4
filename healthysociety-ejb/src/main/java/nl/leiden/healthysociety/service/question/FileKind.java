package nl.leiden.healthysociety.service.question;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the Meeting Point accepts, each recognised by its content: a file counts as a kind only when
 * its bytes are of that kind, whatever its name says. Office documents are recognised by their container (a zip
 * with the parts Word, Excel or PowerPoint write, an OpenDocument zip, or the older compound file format).
 */
public enum FileKind {
    PDF("application/pdf", List.of("pdf")), PNG("image/png", List.of("png")), JPEG("image/jpeg",
            List.of("jpg", "jpeg")), GIF("image/gif", List.of("gif")), WORD(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    List.of("docx")), EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            List.of("xlsx")), POWERPOINT(
                                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                                    List.of("pptx")), OPENDOCUMENT_TEXT("application/vnd.oasis.opendocument.text",
                                            List.of("odt")), OPENDOCUMENT_SHEET(
                                                    "application/vnd.oasis.opendocument.spreadsheet",
                                                    List.of("ods")), OPENDOCUMENT_PRESENTATION(
                                                            "application/vnd.oasis.opendocument.presentation",
                                                            List.of("odp")), OLD_OFFICE("application/x-ole-storage",
                                                                    List.of("doc", "xls", "ppt"));

    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int ZIP_ENTRIES_LOOKED_AT = 2000;

    private final String contentType;
    private final List<String> extensions;

    FileKind(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind a file name promises by its extension, if it is one the Meeting Point accepts. */
    public static Optional<FileKind> byName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
    }

    /** Whether these bytes really are a file of this kind. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(content, PNG_SIGNATURE);
            case JPEG -> content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                    && (content[2] & 0xFF) == 0xFF;
            case GIF -> startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                    || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII));
            case WORD -> zipHas(content, "word/");
            case EXCEL -> zipHas(content, "xl/");
            case POWERPOINT -> zipHas(content, "ppt/");
            case OPENDOCUMENT_TEXT, OPENDOCUMENT_SHEET, OPENDOCUMENT_PRESENTATION -> openDocument(content);
            case OLD_OFFICE -> startsWith(content, OLE);
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** An Office Open XML package: a zip with [Content_Types].xml and parts under this folder. */
    private static boolean zipHas(byte[] content, String folder) {
        Set<String> names = zipEntryNames(content);
        return names.contains("[Content_Types].xml") && names.stream().anyMatch(name -> name.startsWith(folder));
    }

    /** An OpenDocument file starts with an uncompressed entry "mimetype" naming its type. */
    private boolean openDocument(byte[] content) {
        byte[] expected = ("mimetype" + contentType).getBytes(StandardCharsets.US_ASCII);
        int offset = 30;
        return startsWith(content, new byte[]{'P', 'K', 3, 4}) && content.length >= offset + expected.length
                && Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
    }

    /**
     * The names in a zip's central directory (at its end), which lists every entry whatever way it was written;
     * empty when the bytes are no readable zip.
     */
    static Set<String> zipEntryNames(byte[] content) {
        Set<String> names = new HashSet<>();
        int end = content.length - 22;
        int lowest = Math.max(0, content.length - 22 - 65_535);
        while (end >= lowest && !(content[end] == 'P' && content[end + 1] == 'K' && content[end + 2] == 5
                && content[end + 3] == 6)) {
            end--;
        }
        if (end < lowest || !startsWith(content, new byte[]{'P', 'K', 3, 4})) {
            return names;
        }
        int entries = uint16(content, end + 10);
        long offset = uint32(content, end + 16);
        for (int i = 0; i < entries && i < ZIP_ENTRIES_LOOKED_AT; i++) {
            if (offset < 0 || offset + 46 > end || content[(int) offset] != 'P' || content[(int) offset + 1] != 'K'
                    || content[(int) offset + 2] != 1 || content[(int) offset + 3] != 2) {
                return Set.of();
            }
            int at = (int) offset;
            int nameLength = uint16(content, at + 28);
            int extraLength = uint16(content, at + 30);
            int commentLength = uint16(content, at + 32);
            if (at + 46 + nameLength > end) {
                return Set.of();
            }
            names.add(new String(content, at + 46, nameLength, StandardCharsets.UTF_8));
            offset = (long) at + 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int uint16(byte[] content, int at) {
        return (content[at] & 0xFF) | (content[at + 1] & 0xFF) << 8;
    }

    private static long uint32(byte[] content, int at) {
        return (uint16(content, at) | (long) uint16(content, at + 2) << 16);
    }
}
