package nl.leiden.healthysociety.it.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text fields users can store, read from the application's source (the web module is a WAR, so its classes are
 * not on the test class path): the String components of every record a REST write takes as its body, followed into
 * nested records, and the String columns of every entity. A new field shows up here before anyone writes a row for
 * it.
 */
final class FreeTextFields {

    /** The tests run in the EAR module's folder; the other modules are beside it. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path WEB = ROOT.resolve("healthysociety-web/src/main");
    private static final Path API = WEB.resolve("java/nl/leiden/healthysociety/web/api");
    private static final Path EJB = ROOT.resolve("healthysociety-ejb/src/main/java");
    private static final Path DOMAIN = ROOT.resolve("healthysociety-domain/src/main/java");

    private static final Pattern WRITE = Pattern.compile("@(POST|PUT)\\b");
    private static final Pattern METHOD = Pattern.compile("public\\s+[\\w<>, ?]+\\s+(\\w+)\\s*\\(");
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*(?:<[^>]*>)?\\s*\\(");
    private static final Pattern ENTITY_TEXT = Pattern
            .compile("private\\s+(?:String|List<String>|Set<String>)\\s+(\\w+)\\s*[;=]");

    private FreeTextFields() {
    }

    /**
     * "Record.component" for every text a REST write stores; a body that is a map of texts is named
     * "Resource.method".
     */
    static Set<String> apiFields() {
        Map<String, List<Source>> records = records(List.of(API, EJB, DOMAIN));
        Set<String> fields = new TreeSet<>();
        for (Path resource : javaFiles(API)) {
            String code = code(read(resource));
            String resourceName = resource.getFileName().toString().replace(".java", "");
            Matcher write = WRITE.matcher(code);
            while (write.find()) {
                Matcher method = METHOD.matcher(code);
                if (!method.find(write.end())) {
                    continue;
                }
                for (String parameter : split(balanced(code, method.end() - 1))) {
                    if (parameter.contains("@")) {
                        continue; // path, query, header, bean and context parameters: not a stored body
                    }
                    String type = parameter.substring(0, parameter.lastIndexOf(' ')).strip();
                    if (type.startsWith("Map<")) {
                        fields.add(resourceName + "." + method.group(1));
                    } else {
                        collect(type, resource, records, fields, new TreeSet<>());
                    }
                }
            }
        }
        return fields;
    }

    /** "Entity.field" for every String (or list of Strings) field of an entity or embeddable in the domain. */
    static Set<String> entityFields() {
        Set<String> fields = new TreeSet<>();
        for (Path file : javaFiles(DOMAIN)) {
            String code = code(read(file));
            if (!code.contains("@Entity") && !code.contains("@Embeddable")) {
                continue;
            }
            String name = file.getFileName().toString().replace(".java", "");
            Matcher field = ENTITY_TEXT.matcher(code);
            while (field.find()) {
                fields.add(name + "." + field.group(1));
            }
        }
        return fields;
    }

    /** Every view file with its text. */
    static Map<Path, String> views() {
        Map<Path, String> views = new HashMap<>();
        try (Stream<Path> files = Files.walk(WEB.resolve("webapp"))) {
            files.filter(file -> file.toString().endsWith(".xhtml")).forEach(file -> views.put(file, read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return views;
    }

    private static void collect(String type, Path from, Map<String, List<Source>> records, Set<String> fields,
            Set<String> seen) {
        String element = type.replaceAll("^(?:List|Set|Collection)<(.*)>$", "$1").strip();
        Source record = find(element, from, records);
        if (record == null || !seen.add(record.name())) {
            return;
        }
        for (String annotated : split(record.components())) {
            String component = annotated.replace("@ ", "").replace("@", "").strip();
            String componentType = component.substring(0, component.lastIndexOf(' ')).replaceAll("\\s+", "");
            String name = component.substring(component.lastIndexOf(' ') + 1);
            if (componentType.matches("String|(?:List|Set)<String>")) {
                fields.add(record.name() + "." + name);
            } else {
                collect(componentType, record.file(), records, fields, seen);
            }
        }
    }

    /** The record by its simple name; one declared in the same file wins (two resources have a DecisionInput). */
    private static Source find(String name, Path from, Map<String, List<Source>> records) {
        List<Source> candidates = records.getOrDefault(name, List.of());
        return candidates.stream()
                .filter(source -> source.file().equals(from))
                .findFirst()
                .orElse(candidates.size() == 1 ? candidates.get(0) : null);
    }

    private record Source(String name, Path file, String components) {
    }

    private static Map<String, List<Source>> records(List<Path> roots) {
        Map<String, List<Source>> records = new HashMap<>();
        for (Path root : roots) {
            for (Path file : javaFiles(root)) {
                String code = code(read(file));
                Matcher record = RECORD.matcher(code);
                while (record.find()) {
                    records.computeIfAbsent(record.group(1), name -> new ArrayList<>())
                            .add(new Source(record.group(1), file, balanced(code, record.end() - 1)));
                }
            }
        }
        return records;
    }

    /** The text between the parenthesis at this index and its partner, annotations reduced to a marker "@". */
    private static String balanced(String code, int open) {
        int depth = 0;
        int index = open;
        for (; index < code.length(); index++) {
            char c = code.charAt(index);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        return withoutAnnotationArguments(code.substring(open + 1, index));
    }

    private static String withoutAnnotationArguments(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c != '@') {
                continue;
            }
            i++;
            while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '(') {
                int depth = 0;
                for (; i < text.length(); i++) {
                    if (text.charAt(i) == '(') {
                        depth++;
                    } else if (text.charAt(i) == ')' && --depth == 0) {
                        break;
                    }
                }
            } else {
                i--;
            }
            out.append(' ');
        }
        return out.toString();
    }

    /** Parameters or components, split on the commas outside type arguments, spaces normalised. */
    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts.stream().map(p -> p.replaceAll("\\s+", " ").strip()).filter(p -> !p.isEmpty()).toList();
    }

    /** The code without comments and with every string, text block and character literal emptied. */
    private static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                i = source.indexOf("\"\"\"", i + 3) + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (source.charAt(i) != c) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
