package nl.leiden.healthysociety.service.account;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.service.mail.Letter;
import nl.leiden.healthysociety.service.mail.MailOutbox;
import nl.leiden.healthysociety.service.meeting.PublicLinks;

/** The e-mails with a one-time link to set a password: an invitation, or a reset. In Dutch, like the intranet. */
@ApplicationScoped
public class AccountMails {

    private static final String BUNDLE = "nl.leiden.healthysociety.service.account.Mails";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
            Locale.forLanguageTag("nl"));

    @Inject
    MailOutbox outbox;

    @Inject
    PublicLinks links;

    public void invitation(Account account, String code, Instant expiresAt) {
        send(MailKind.ACCOUNT_INVITATION, account, account.getOrganisation().getName(), code, expiresAt,
                account.getUsername());
    }

    public void reset(Account account, String code, Instant expiresAt) {
        send(MailKind.PASSWORD_RESET, account, account.getUsername(), code, expiresAt, null);
    }

    private void send(MailKind kind, Account account, String first, String code, Instant expiresAt, String last) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("nl"),
                AccountMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String until = UNTIL.format(expiresAt.atZone(ZoneId.of("Europe/Amsterdam")));
        String body = format(texts, "greeting", account.getDisplayName()) + "\n\n"
                + format(texts, "text." + kind.name(), first, until, links.password(code), last) + "\n\n"
                + texts.getString("closing") + "\n";
        outbox.queue(kind, account.getEmail(), new Letter(texts.getString("subject." + kind.name()), body, null), null,
                null);
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
