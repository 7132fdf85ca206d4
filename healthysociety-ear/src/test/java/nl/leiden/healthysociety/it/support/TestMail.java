package nl.leiden.healthysociety.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server the application sends its mail to during the tests (GreenMail, in this JVM, on the port the
 * test command chose). Tests find the messages for an address of their own and read them as a person would.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    /** Starts the server once for the whole test run. */
    public static synchronized void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** An address no other test uses, so its mailbox holds only this test's mail. */
    public static String address(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Everything received so far for this address, oldest first. */
    public static List<MimeMessage> to(String address) {
        start();
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                Address[] recipients = message.getRecipients(Message.RecipientType.TO);
                if (recipients != null && Arrays.stream(recipients)
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits until a message for this address whose subject contains the text has arrived, and returns it. */
    public static MimeMessage await(String address, String subjectPart, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (MimeMessage message : to(address)) {
                if (subject(message).contains(subjectPart)) {
                    return message;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No mail to " + address + " with subject containing \"" + subjectPart
                        + "\" within " + timeout + "; received: "
                        + to(address).stream().map(TestMail::subject).toList());
            }
            sleep(200);
        }
    }

    public static MimeMessage await(String address, String subjectPart) {
        return await(address, subjectPart, Duration.ofSeconds(30));
    }

    /** How many messages with this subject part the address has received. */
    public static long count(String address, String subjectPart) {
        return to(address).stream().filter(message -> subject(message).contains(subjectPart)).count();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body of the message (the first text/plain part of a multipart one). */
    public static String text(MimeMessage message) {
        try {
            return text((Object) message.getContent(), message.getContentType());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the attachment with this content type (such as text/calendar), or null. */
    public static String attachment(MimeMessage message, String contentType) {
        try {
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.getContentType().toLowerCase(Locale.ROOT).startsWith(contentType)) {
                        Object content = part.getContent();
                        return content instanceof String text
                                ? text
                                : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            return null;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code from the personal link in a registration e-mail. */
    public static String registrationCode(MimeMessage message) {
        Matcher link = Pattern.compile("aanmelding\\.xhtml\\?code=([A-Za-z0-9_-]+)").matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No personal link in: " + text(message));
        }
        return link.group(1);
    }

    /** The code from the personal link in a Meeting Point e-mail to an asker. */
    /** The code of the one-time link to choose a password, in an invitation or reset e-mail. */
    public static String passwordCode(MimeMessage message) {
        Matcher link = Pattern.compile("wachtwoord-instellen\\.xhtml\\?code=([A-Za-z0-9_-]+)").matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No password link in: " + text(message));
        }
        return link.group(1);
    }

    public static String questionCode(MimeMessage message) {
        Matcher link = Pattern.compile("mijn-vraag\\.xhtml\\?code=([A-Za-z0-9_-]+)").matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No personal link in: " + text(message));
        }
        return link.group(1);
    }

    private static String text(Object content, String type) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
            }
        }
        throw new IllegalStateException("No text in a message of type " + type);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
