/**
 * The web tier's half of security: how a person logs in (form login for screens, HTTP Basic for the REST API), the
 * mechanism that asks the account service, the second factor, login and logout, and the session cookie settings. What a caller
 * may do is decided in the EJB services, not here.
 */
package nl.leiden.healthysociety.web.security;
