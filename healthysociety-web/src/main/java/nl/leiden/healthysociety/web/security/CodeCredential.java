package nl.leiden.healthysociety.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a login on screen: the code of the authenticator app, for the login the session awaits. */
record CodeCredential(String code) implements Credential {
}
