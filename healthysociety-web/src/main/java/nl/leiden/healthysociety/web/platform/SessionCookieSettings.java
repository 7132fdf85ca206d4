package nl.leiden.healthysociety.web.platform;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Session cookie flags: never readable by scripts, not sent along with cross-site requests, and only over HTTPS.
 * {@code healthysociety.session.secure-cookie=false} lifts the last for a server reached over plain HTTP other than
 * on localhost (browsers accept secure cookies from http://localhost).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig(SessionCookieSettings.class.getClassLoader())
                .getOptionalValue("healthysociety.session.secure-cookie", Boolean.class)
                .orElse(true);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
    }
}
