package nl.leiden.healthysociety.it.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Every method expression a screen can invoke: the {@code action}, {@code actionListener} and {@code listener}
 * attributes (command buttons and links, remote commands, view actions, Ajax and upload listeners) of the Facelets
 * in the web module, as (page, bean.method) pairs. What a page includes counts for that page, with the names its
 * {@code ui:param}s give; the layout template counts once, as its own page.
 */
final class ScreenActions {

    private static final Set<String> METHOD_ATTRIBUTES = Set.of("action", "actionListener", "listener");
    /** The bean (or alias) and method of a method expression, ignoring arguments: #{b.removeInsight(i.id)}. */
    private static final Pattern METHOD = Pattern.compile("#\\{\\s*([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\s*(\\(.*)?}");
    /** A ui:param that names a bean: #{meetingBacking}. */
    private static final Pattern BEAN = Pattern.compile("#\\{\\s*([A-Za-z_]\\w*)\\s*}");

    /** One method a screen invokes, such as intranet/initiatief and initiativeBacking.addProgress. */
    record ScreenAction(String page, String method) implements Comparable<ScreenAction> {

        @Override
        public int compareTo(ScreenAction other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return page + " " + method;
        }
    }

    private final Path webapp;

    private ScreenActions(Path webapp) {
        this.webapp = webapp;
    }

    /**
     * The web module's pages, found from the integration tests' working directory (healthysociety-ear), as the
     * build runs them.
     */
    static Path webapp() {
        Path webapp = Path.of("..", "healthysociety-web", "src", "main", "webapp").toAbsolutePath().normalize();
        if (!Files.isDirectory(webapp)) {
            throw new IllegalStateException(
                    "The pages are not at " + webapp + ": run the tests from healthysociety-ear");
        }
        return webapp;
    }

    /** Every (page, bean.method) pair in the pages under this directory. */
    static Set<ScreenAction> in(Path webapp) {
        return new ScreenActions(webapp).scan();
    }

    private Set<ScreenAction> scan() {
        Set<ScreenAction> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> !webapp.relativize(file).toString().startsWith("WEB-INF/includes"))
                    .sorted()
                    .forEach(file -> collect(file, page(file), Map.of(), actions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    private static String page(Path file) {
        String relative = file.toString().replace('\\', '/');
        relative = relative.substring(relative.indexOf("/webapp/") + "/webapp/".length());
        return relative.substring(0, relative.length() - ".xhtml".length());
    }

    private void collect(Path file, String page, Map<String, String> inherited, Set<ScreenAction> actions) {
        Document document = parse(file);
        Map<String, String> beans = new HashMap<>(inherited);
        for (Element param : document.select("ui|param")) {
            // Only the page's own parameters: those inside a ui:include are for the included file.
            if (!"ui:include".equals(param.parent().tagName())) {
                alias(param, beans);
            }
        }
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                Matcher method = METHOD.matcher(attribute.getValue().strip());
                if (METHOD_ATTRIBUTES.contains(attribute.getKey()) && method.matches()) {
                    String bean = beans.getOrDefault(method.group(1), method.group(1));
                    actions.add(new ScreenAction(page, bean + "." + method.group(2)));
                }
            }
            if ("ui:include".equals(element.tagName())) {
                Map<String, String> passed = new HashMap<>();
                element.select("ui|param").forEach(param -> alias(param, passed));
                Map<String, String> resolved = new HashMap<>();
                passed.forEach((name, bean) -> resolved.put(name, beans.getOrDefault(bean, bean)));
                collect(webapp.resolve(element.attr("src").replaceFirst("^/", "")), page, resolved, actions);
            }
        }
    }

    private static void alias(Element param, Map<String, String> beans) {
        Matcher bean = BEAN.matcher(param.attr("value").strip());
        if (bean.matches()) {
            beans.put(param.attr("name"), bean.group(1));
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
