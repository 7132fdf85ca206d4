package nl.leiden.healthysociety.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The security settings that live in web.xml rather than in code. */
class WebXmlTest {

    private static Document webXml;

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        webXml = factory.newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
    }

    @Test
    void sessionEndsAfterThirtyIdleMinutesAndOnlyTravelsInACookie() {
        assertEquals("30", text("session-timeout"));
        assertEquals("COOKIE", text("tracking-mode"));
    }

    @Test
    void beheerPagesAreForBeheerdersAndIntranetPagesForEveryAccount() {
        Map<String, List<String>> roles = new HashMap<>();
        NodeList constraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            String pattern = constraint.getElementsByTagName("url-pattern").item(0).getTextContent();
            roles.put(pattern, texts(constraint.getElementsByTagName("role-name")));
        }

        assertEquals(List.of("beheerder"), roles.get("/beheer/*"));
        assertEquals(List.of("beheerder", "medewerker", "partner"), roles.get("/intranet/*"));
    }

    @Test
    void errorsHaveTheirOwnPages() {
        List<String> handled = texts(webXml.getElementsByTagName("error-code"));
        handled.addAll(texts(webXml.getElementsByTagName("exception-type")));

        assertTrue(handled.containsAll(List.of("403", "404", "500", "jakarta.faces.application.ViewExpiredException")),
                handled::toString);
    }

    private static String text(String tag) {
        return webXml.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
