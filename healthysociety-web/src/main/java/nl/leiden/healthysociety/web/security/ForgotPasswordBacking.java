package nl.leiden.healthysociety.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.account.PasswordService;
import nl.leiden.healthysociety.web.platform.Feedback;

/** "Forgot password": a reset link by e-mail. The answer is the same whether the address belongs to an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    PasswordService passwords;

    @Inject
    Feedback feedback;

    private String email;

    public void send() {
        if (email == null || email.isBlank()) {
            feedback.error("validation.required");
            return;
        }
        passwords.requestReset(email);
        email = null;
        feedback.info("page.password.resetSent");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
