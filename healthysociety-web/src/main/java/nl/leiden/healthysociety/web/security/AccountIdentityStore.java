package nl.leiden.healthysociety.web.security;

import java.util.Optional;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.leiden.healthysociety.service.account.AccountService;
import nl.leiden.healthysociety.service.account.AuthenticatedCaller;

/** Validates usernames and passwords against the accounts in the database, through the account service. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accountService;

    @Inject
    MetricRegistry metrics;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<AuthenticatedCaller> caller = accountService.authenticate(login.getCaller(),
                login.getPassword().getValue());
        metrics.counter("healthysociety_logins", new Tag("outcome", caller.isPresent() ? "success" : "refused"))
                .inc();
        return caller.map(found -> new CredentialValidationResult(found.username(), found.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
