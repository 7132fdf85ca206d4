package nl.leiden.healthysociety.service.account;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.time.Instant;
import java.util.OptionalLong;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.security.SecurityLog;
import nl.leiden.healthysociety.service.security.SecurityLog.Action;
import nl.leiden.healthysociety.service.security.SecurityLog.Result;

/**
 * The second factor of one's own account: a code from an authenticator app (TOTP). Optional for partners and
 * medewerkers, required for beheerders whose password this database checks; it is set up by entering a code made
 * with the new key, which proves the app has it, and turned off only with a current code.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class SecondFactorService {

    @Inject
    AccountRepository accounts;

    @Resource
    SessionContext session;

    /** Whether the caller has a second factor, and whether they may do without one. */
    public SecondFactorStatus status() {
        Account account = caller();
        return new SecondFactorStatus(account.getUsername(), account.hasSecondFactor(),
                account.requiresSecondFactor(), account.isFromDirectory());
    }

    /** Sets up the second factor with a key the screen made, once the code shows that the app holds it. */
    public void enrol(String secret, String code) {
        Account account = caller();
        if (account.isFromDirectory()) {
            throw new NotAllowedException("error.secondFactor.directory");
        }
        OptionalLong step = TotpCodes.matchingStep(secret, code, Instant.now());
        if (step.isEmpty()) {
            throw new InvalidInputException(FieldError.of("code", "validation.secondFactor.code"));
        }
        account.enrolSecondFactor(secret, step.getAsLong());
        SecurityLog.event(Action.SECOND_FACTOR, Result.SUCCESS, account.getId(), "account:" + account.getId(),
                null);
    }

    /** Turns the second factor off, with a current code; a beheerder's stays. */
    public void remove(String code) {
        Account account = caller();
        if (account.requiresSecondFactor() || !account.hasSecondFactor()) {
            throw new NotAllowedException("error.secondFactor.required");
        }
        OptionalLong step = TotpCodes.matchingStep(account.getTotpSecret(), code, Instant.now());
        if (step.isEmpty() || !account.useCodeOf(step.getAsLong())) {
            throw new InvalidInputException(FieldError.of("code", "validation.secondFactor.code"));
        }
        account.removeSecondFactor();
        SecurityLog.event(Action.SECOND_FACTOR, Result.REMOVED, account.getId(), "account:" + account.getId(), null);
    }

    private Account caller() {
        return accounts.findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("error.account.notFound"));
    }
}
